package com.cloudsub.domain.budget;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.util.Objects;

/**
 * An account's balance alert (R-ACC-5): when the available balance (cash + gift) falls below the threshold, one
 * email and SMS per crossing; another only after the balance has risen to the threshold or above again.
 */
public final class BalanceAlert {

    private final AccountId accountId;
    private final Money threshold;
    private boolean below;
    private int crossings;

    public BalanceAlert(AccountId accountId, Money threshold, boolean below, int crossings) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        if (threshold == null || threshold.isNegative()) {
            throw DomainException.invalid("threshold", "a balance alert threshold is zero or more");
        }
        this.threshold = threshold;
        this.below = below;
        this.crossings = crossings;
    }

    /** Looks at the balance now; answers true when this is a new crossing to notify. */
    public boolean check(Money available) {
        if (available.compareTo(threshold) >= 0) {
            below = false;
            return false;
        }
        if (below) {
            return false;
        }
        below = true;
        crossings++;
        return true;
    }

    public AccountId accountId() {
        return accountId;
    }

    public Money threshold() {
        return threshold;
    }

    public boolean below() {
        return below;
    }

    public int crossings() {
        return crossings;
    }
}
