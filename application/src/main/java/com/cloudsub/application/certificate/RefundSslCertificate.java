package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.Notices;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslCertificateId;
import com.cloudsub.domain.certificate.SslRefundPolicy;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Unsubscribes an SSL certificate (R-SSL-8): within 7 × 24 h of payment, PENDING_APPLICATION or REVOKED; what was paid
 * in cash and gift goes back where it came from, the voucher does not. The certificate is REFUNDED, deleted for good.
 */
public class RefundSslCertificate {

    public record Refunded(SslCertificate certificate, Payment amount) {
    }

    private final SslCertificates certificates;
    private final Accounts accounts;
    private final Ledger ledger;
    private final NoticeOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public RefundSslCertificate(SslCertificates certificates, Accounts accounts, Ledger ledger, NoticeOutbox outbox,
                                Transactions transactions, Clock clock) {
        this.certificates = certificates;
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Refunded refund(AccountId caller, SslCertificateId id) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SslCertificate certificate = certificates.owned(caller, id);
            Payment paid = certificates.payment(id);
            Money amount = SslRefundPolicy.refund(certificate, paid, now);
            certificate.refund(now);
            Payment back = paid.withoutVoucher();
            Account account = accounts.get(caller);
            account.credit(back);
            accounts.update(account);
            certificates.update(certificate);
            ledger.record(new Ledger.Entry(caller, id.value(), Ledger.Kind.REFUND, back, "R-SSL-8", null, now));
            outbox.enqueue(Notices.forContacts(account, NoticeKind.REFUND_DECIDED, Set.of(Channel.EMAIL, Channel.SMS, Channel.IN_SITE),
                    Set.of(ContactRole.CREATOR, ContactRole.FINANCE),
                    Map.of("product", "ssl", "subscriptionId", id.value(), "amount", amount.toPlainString(), "decision", "APPROVED"),
                    "ssl-refund/" + id, now));
            return new Refunded(certificate, back);
        });
    }
}
