package com.cloudsub.domain.subscription;

import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One paid order of a subscription: a new purchase, a renewal or an expansion, for the term
 * [{@code termStart}, {@code termEnd}). {@code listPrice} is before the edition discount, {@code payable}
 * after it and before vouchers; {@code payment} is what cash and gift actually paid.
 */
public record Order(String id, SubscriptionId subscriptionId, Kind kind, int months, Instant termStart, Instant termEnd,
                    Money listPrice, Money payable, Payment payment, String priceVersion, Instant placedAt) {

    public enum Kind { NEW, RENEWAL, EXPANSION }

    /** The edition discount as a list-to-net ratio, vouchers excluded. */
    public BigDecimal discount() {
        if (listPrice.isZero()) {
            return BigDecimal.ONE;
        }
        return payable.amount().divide(listPrice.amount(), 20, RoundingMode.HALF_UP);
    }
}
