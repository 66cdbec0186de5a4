package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.PrivateCa;
import com.cloudsub.domain.certificate.PrivateCaId;
import com.cloudsub.domain.certificate.PrivateCertificate;
import com.cloudsub.domain.certificate.PrivateCertificateId;
import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Private certificates (R-PCA-5): issued only under an ACTIVE CA, billed per hour (accrued per second) from issuance
 * until revoked or deleted. No action while the account's resources are frozen for arrears (R-PCA-6).
 */
public class ManagePrivateCertificates {

    private final PrivateCas cas;
    private final PrivateCertificates certificates;
    private final OnDemandAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public ManagePrivateCertificates(PrivateCas cas, PrivateCertificates certificates, Accounts accounts, AccountsInArrears arrears,
                                     Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.cas = cas;
        this.certificates = certificates;
        this.access = new OnDemandAccess(accounts, arrears);
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    public PrivateCertificate issue(AccountId caller, PrivateCaId caId) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            PrivateCa ca = cas.owned(caller, caId, "privateCaId");
            access.requireOperable(caller, now);
            PrivateCertificate certificate = PrivateCertificate.issue(new PrivateCertificateId("pcert-" + UUID.randomUUID()), ca, now);
            certificates.add(certificate, SettleCertificateHours.hourStart(now, calendar));
            return certificate;
        });
    }

    /** Revoked through its CA, which must still revoke (ACTIVE or DISABLED); billing stops. */
    public PrivateCertificate revoke(AccountId caller, PrivateCaId caId, PrivateCertificateId id) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            PrivateCertificate certificate = certificates.owned(caller, caId, id);
            access.requireOperable(caller, now);
            certificate.revoke(cas.owned(caller, caId, "privateCaId"), now);
            certificates.update(certificate);
            return certificate;
        });
    }

    /** Deleted: billing stops, if revocation has not stopped it already. */
    public PrivateCertificate delete(AccountId caller, PrivateCaId caId, PrivateCertificateId id) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            PrivateCertificate certificate = certificates.owned(caller, caId, id);
            access.requireOperable(caller, now);
            certificate.delete(now);
            certificates.update(certificate);
            return certificate;
        });
    }
}
