package com.cloudsub.application.catalog;

import com.cloudsub.domain.catalog.BillingMode;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Quoting;
import com.cloudsub.domain.catalog.Term;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import com.cloudsub.domain.shared.Quantity;

/** Prices a purchase or a usage profile before the customer commits: the console's price preview. */
public class QuotePrice {

    private final Catalogs catalogs;
    private final Clock clock;
    private final BillingCalendar calendar;

    public QuotePrice(Catalogs catalogs, Clock clock, BillingCalendar calendar) {
        this.catalogs = catalogs;
        this.clock = clock;
        this.calendar = calendar;
    }

    public Quote quote(QuoteCommand command) {
        Instant at = command.at() != null ? command.at() : clock.instant();
        Catalog catalog = catalogs.current();
        Quoting quoting = new Quoting(catalog);
        Edition edition = catalog.edition(command.product(), command.edition());
        if (edition.billingMode() == BillingMode.PAY_AS_YOU_GO || !command.usage().isEmpty()) {
            YearMonth month = command.month() != null ? command.month() : calendar.monthOf(at);
            Map<String, Quantity> usage = new LinkedHashMap<>();
            command.usage().forEach((meter, amount) -> usage.put(meter, quantity(quoting, meter, amount, command.region(), at)));
            return quoting.usage(command.product(), command.edition(), command.region(), usage, month, at);
        }
        if (edition.billingMode() == BillingMode.PREPAID) {
            if (command.months() == null) {
                throw DomainException.invalid("months", "a prepaid edition is quoted for a term: give months (1-12, 24, 36)");
            }
            return quoting.prepaid(command.product(), command.edition(), command.region(), command.addOns(),
                    Term.ofMonths(command.months()), at);
        }
        int quantity = command.quantity() == null ? 1 : command.quantity();
        return quoting.oneTime(command.product(), command.edition(), command.region(), command.addOns(), quantity, at);
    }

    private static Quantity quantity(Quoting quoting, String meter, QuoteCommand.Amount amount, String region, Instant at) {
        if (amount.amount() == null || amount.amount().signum() < 0) {
            throw DomainException.invalid("usage", "the quantity of " + meter + " is 0 or more");
        }
        if (amount.unit() != null) {
            return new Quantity(amount.amount(), amount.unit());
        }
        return new Quantity(amount.amount(), quoting.unitOf(meter, region, at));
    }
}
