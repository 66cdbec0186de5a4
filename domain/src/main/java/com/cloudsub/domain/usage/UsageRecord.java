package com.cloudsub.domain.usage;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.Quantity;
import java.time.Instant;
import java.util.Objects;

/**
 * One metered quantity reported by a product: {@code quantity} of {@code meter} (a price item of kind METER)
 * in {@code region} at {@code occurredAt}. {@code eventId} is the client's id: a resent record counts once.
 */
public record UsageRecord(AccountId accountId, String eventId, String product, String region, String meter, Quantity quantity,
                          Instant occurredAt) {
    public UsageRecord {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
