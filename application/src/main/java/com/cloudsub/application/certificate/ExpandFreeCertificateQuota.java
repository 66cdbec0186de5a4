package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Quoting;
import com.cloudsub.domain.certificate.FreeCertificateQuota;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;

/** Buys free-DV expansion packs, each adding 20 free certificates to the account's quota (R-SSL-4), paid once. */
public class ExpandFreeCertificateQuota {

    private final Accounts accounts;
    private final FreeCertificateQuotas quotas;
    private final Ledger ledger;
    private final CertificatePrices prices;
    private final Transactions transactions;
    private final Clock clock;

    public ExpandFreeCertificateQuota(Accounts accounts, FreeCertificateQuotas quotas, Ledger ledger, Catalogs catalogs,
                                      Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.quotas = quotas;
        this.ledger = ledger;
        this.prices = new CertificatePrices(catalogs);
        this.transactions = transactions;
        this.clock = clock;
    }

    public FreeCertificateQuota buy(AccountId caller, int packs) {
        if (packs < 1 || packs > Quoting.MAX_PIECES) {
            throw DomainException.invalid("quantity", "buy 1 to " + Quoting.MAX_PIECES + " expansion packs, not " + packs);
        }
        Instant now = clock.instant();
        Quote quote = prices.expansionPacks(packs, now);
        return transactions.inTransaction(() -> {
            Account account = accounts.get(caller);
            Payment payment = account.pay(quote.total(), Money.zero(Money.CNY));
            accounts.update(account);
            FreeCertificateQuota quota = quotas.lock(caller);
            FreeCertificateQuota expanded = new FreeCertificateQuota(quota.taken(), quota.expansionPacks() + packs);
            quotas.save(caller, expanded);
            if (payment.paid().isPositive()) {
                ledger.record(new Ledger.Entry(caller, "ssl-free-quota", Ledger.Kind.PURCHASE, payment.outgoing(),
                        "R-SSL-4", quote.priceVersion(), now));
            }
            return expanded;
        });
    }
}
