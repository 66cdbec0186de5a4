package com.cloudsub.application.certificate;

import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslCertificateId;
import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Drives an SSL certificate through its application (R-SSL-3): the customer applies, withdraws or revokes; the CA's
 * verdict on the domain (and organisation) validation issues it, validity starting then (R-SSL-2, R-SSL-7), or sends
 * it back to PENDING_APPLICATION. A transition the state does not allow is a 409 naming the state and the allowed actions.
 */
public class ManageSslCertificate {

    private final SslCertificates certificates;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public ManageSslCertificate(SslCertificates certificates, Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.certificates = certificates;
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** Submits the application: domain (and organisation) validation starts. */
    public SslCertificate apply(AccountId caller, SslCertificateId id) {
        return change(caller, id, SslCertificate::apply);
    }

    /** Withdraws an application before issuance. */
    public SslCertificate withdraw(AccountId caller, SslCertificateId id) {
        return change(caller, id, SslCertificate::withdraw);
    }

    /**
     * The CA's verdict on the validation. Approved: issued now. Rejected: back to PENDING_APPLICATION, to apply again.
     * In production the CA integration calls this; here the console API stands in for it.
     */
    public SslCertificate validated(AccountId caller, SslCertificateId id, boolean approved) {
        return change(caller, id, c -> {
            if (approved) {
                c.issue(clock.instant(), calendar);
            } else {
                c.withdraw();
            }
        });
    }

    /** The revocation of an issued certificate, completed at once (the CA confirms it in production). */
    public SslCertificate revoke(AccountId caller, SslCertificateId id) {
        return change(caller, id, c -> c.revoke(clock.instant()));
    }

    /** Auto-renew on or off; only certificates bought here renew (R-SSL-5, R-SSL-6). */
    public SslCertificate autoRenew(AccountId caller, SslCertificateId id, boolean on) {
        return change(caller, id, c -> c.setAutoRenew(on));
    }

    private SslCertificate change(AccountId caller, SslCertificateId id, Consumer<SslCertificate> action) {
        return transactions.inTransaction(() -> {
            SslCertificate certificate = certificates.owned(caller, id);
            action.accept(certificate);
            certificates.update(certificate);
            return certificate;
        });
    }
}
