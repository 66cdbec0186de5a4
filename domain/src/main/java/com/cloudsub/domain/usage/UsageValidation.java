package com.cloudsub.domain.usage;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.ItemKind;
import com.cloudsub.domain.catalog.PriceItem;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a usage record can be accepted: a known meter of its product, sold in its region, a quantity in the
 * meter's dimension that is neither negative nor absurd and has at most 6 decimals, a time not in the future (beyond a small clock skew)
 * and not before the account was opened.
 */
public final class UsageValidation {

    /** Clock skew tolerated between a product and the platform. */
    public static final Duration SKEW = Duration.ofMinutes(5);
    /** The largest quantity one record may carry. */
    public static final BigDecimal MAX_QUANTITY = new BigDecimal("1e15");
    /** The most decimal places a quantity may carry (as stored). */
    public static final int MAX_DECIMALS = 6;

    private UsageValidation() {
    }

    /** The problem with {@code record}, as the field at fault and a reason, or empty when it is valid. */
    public static Optional<DomainException> problem(UsageRecord record, Catalog catalog, Instant accountOpenedAt, Instant now) {
        if (record.eventId().isBlank() || record.eventId().length() > 128) {
            return Optional.of(DomainException.invalid("eventId", "an event id is 1 to 128 characters"));
        }
        PriceItem item;
        try {
            catalog.product(record.product());
            item = catalog.item(record.meter());
            catalog.region(record.region());
        } catch (DomainException e) {
            return Optional.of(e);
        }
        if (item.kind() != ItemKind.METER || !item.product().equals(record.product())) {
            return Optional.of(DomainException.invalid("meter", "'" + record.meter() + "' is not a meter of " + record.product()));
        }
        Unit unit;
        try {
            unit = catalog.price(record.meter(), record.region(), now).model().unit();
        } catch (DomainException e) {
            return Optional.of(e);
        }
        if (record.quantity().unit().dimension() != unit.dimension()) {
            return Optional.of(DomainException.invalid("unit", record.meter() + " is measured in " + unit + ", not " + record.quantity().unit()));
        }
        if (record.quantity().amount().compareTo(MAX_QUANTITY) > 0) {
            return Optional.of(DomainException.invalid("quantity", "a quantity is at most 10^15"));
        }
        if (record.quantity().amount().stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of(DomainException.invalid("quantity", "a quantity has at most " + MAX_DECIMALS + " decimal places"));
        }
        if (record.occurredAt().isAfter(now.plus(SKEW))) {
            return Optional.of(DomainException.invalid("occurredAt", "usage cannot be in the future: " + record.occurredAt()));
        }
        if (record.occurredAt().isBefore(accountOpenedAt)) {
            return Optional.of(DomainException.invalid("occurredAt", "usage before the account was opened (" + accountOpenedAt + ")"));
        }
        return Optional.empty();
    }
}
