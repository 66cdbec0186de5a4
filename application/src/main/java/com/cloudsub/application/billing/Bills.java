package com.cloudsub.application.billing;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.Bill;
import com.cloudsub.domain.billing.Cadence;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Settled bills with their lines; unique per account, product, cadence and period (a duplicate fails the batch with 409). */
public interface Bills {

    void addAll(List<Bill> bills);

    /** Which of {@code accounts} already have the bill of this product, cadence and period. */
    Set<AccountId> billed(Collection<AccountId> accounts, String product, Cadence cadence, Instant periodStart);

    /** Pay-as-you-go quantity of {@code meter} billed per account in hourly bills of [from, to) (the month so far, R-APG-1). */
    Map<AccountId, Quantity> paygBilled(Collection<AccountId> accounts, String meter, Instant from, Instant to);

    Optional<Bill> find(String id);

    /** The account's bills with periods starting in [from, to), newest first. */
    List<Bill> of(AccountId account, Instant from, Instant to, int limit);

    /** The account's billed total per product for periods starting in [from, to) (budgets). */
    Map<String, Money> totals(AccountId account, String region, Instant from, Instant to);
}
