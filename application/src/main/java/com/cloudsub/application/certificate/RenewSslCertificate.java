package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.certificate.RenewalWindow;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslCertificateId;
import com.cloudsub.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The manual renewal (R-SSL-5): only for a paid, issued certificate bought here, only in the 30 days before it
 * expires. It buys an identical certificate by default (validity carried over when issued, R-SSL-7); another spec gets
 * one year and no carry-over. The renewal is a new certificate, PENDING_APPLICATION, paid at today's price.
 */
public class RenewSslCertificate {

    /** {@code spec} null: the same spec, same domains; {@code years} null: the same term (1 year for another spec). */
    public record Command(AccountId caller, SslCertificateId id, String spec, Integer years, Integer extraDomains) {
    }

    private final Accounts accounts;
    private final SslCertificates certificates;
    private final Ledger ledger;
    private final CertificatePrices prices;
    private final Transactions transactions;
    private final Clock clock;

    public RenewSslCertificate(Accounts accounts, SslCertificates certificates, Ledger ledger, Catalogs catalogs,
                               Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.certificates = certificates;
        this.ledger = ledger;
        this.prices = new CertificatePrices(catalogs);
        this.transactions = transactions;
        this.clock = clock;
    }

    public SslCertificate renew(Command command) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SslCertificate original = certificates.owned(command.caller(), command.id());
            RenewalWindow.requireOpen(original, now);
            boolean sameSpec = command.spec() == null || command.spec().equals(original.spec().code());
            int years = command.years() != null ? command.years() : sameSpec ? original.years() : 1;
            CertificatePrices.SslOffer offer = sameSpec && command.extraDomains() == null
                    ? prices.identical(original.spec(), years, now)
                    : prices.ssl(sameSpec ? original.spec().code() : command.spec(), years,
                    command.extraDomains() == null ? 0 : command.extraDomains(), 1, now);
            Account account = accounts.get(command.caller());
            SslCertificate renewal = original.renewManually(PurchaseSslCertificates.newId(), offer.spec(), years, now);
            Payment payment = account.pay(offer.quote().total(), Money.zero(Money.CNY));
            accounts.update(account);
            certificates.update(original);
            certificates.addAll(List.of(new SslCertificates.Paid(renewal, payment, offer.quote().priceVersion())));
            ledger.record(new Ledger.Entry(account.id(), renewal.id().value(), Ledger.Kind.RENEWAL,
                    payment.outgoing(), "R-SSL-5", offer.quote().priceVersion(), now));
            return renewal;
        });
    }
}
