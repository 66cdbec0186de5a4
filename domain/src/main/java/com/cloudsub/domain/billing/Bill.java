package com.cloudsub.domain.billing;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The settlement of one product's pay-as-you-go usage for one account and one period [periodStart, periodEnd)
 * (R-BIL-1). One bill per account, product, cadence and period: a re-run finds it and changes nothing (R-GEN-6).
 * The total is the sum of the rounded lines; {@code payment} is what was taken from cash and gift.
 */
public record Bill(String id, AccountId accountId, String product, Cadence cadence, Instant periodStart, Instant periodEnd,
                   List<BillLine> lines, Payment payment, Instant settledAt) {

    public Bill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        lines = List.copyOf(lines);
    }

    public Money total() {
        return BillLine.sum(lines);
    }
}
