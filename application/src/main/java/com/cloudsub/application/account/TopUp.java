package com.cloudsub.application.account;

import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.application.billing.PaygServices;
import com.cloudsub.domain.billing.PaygService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Adds cash to an account (R-ACC-1). A top-up that brings the balance back to zero or above clears the arrears: every
 * pay-as-you-go service in arrears or stopped (not yet released) runs again at once (R-SSM-L6, R-KMS-5, R-APG-9).
 */
public class TopUp {

    /** One top-up is at most 10,000,000.00. */
    public static final Money MAX = Money.cny("10000000");

    private final Accounts accounts;
    private final Ledger ledger;
    private final Transactions transactions;
    private final Clock clock;
    private final PaygServices services;

    public TopUp(Accounts accounts, Ledger ledger, PaygServices services, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.services = services;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Account topUp(AccountId id, Money amount) {
        if (!amount.isPositive() || amount.compareTo(MAX) > 0 || amount.amount().stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("amount", "a top-up is 0.01 to 10,000,000.00 with at most 2 decimals");
        }
        return transactions.inTransaction(() -> {
            Account account = accounts.get(id);
            account.topUp(amount);
            accounts.update(account);
            Money zero = Money.zero(Money.CNY);
            Instant now = clock.instant();
            ledger.record(new Ledger.Entry(id, null, Ledger.Kind.TOP_UP, new Payment(amount, zero, zero), "R-ACC-1", null, now));
            if (!account.inArrears()) {
                List<PaygService> restored = services.of(List.of(id)).getOrDefault(id, List.of()).stream().filter(s -> s.restore(now)).toList();
                services.saveAll(List.of(), restored);
            }
            return account;
        });
    }
}
