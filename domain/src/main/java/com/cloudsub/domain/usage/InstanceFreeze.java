package com.cloudsub.domain.usage;

import com.cloudsub.domain.catalog.ChargeModel;
import com.cloudsub.domain.catalog.RatingContext;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;

/**
 * R-APG-8, A-30: creating a pay-as-you-go dedicated instance freezes one hour of its hourly price in the account;
 * the freeze is released when the instance is released. Settlement charges the balance as before.
 */
public final class InstanceFreeze {

    private InstanceFreeze() {
    }

    /** One hour of the instance at {@code hourly}, its hourly price (rounded once, R-GEN-1). */
    public static Money of(ChargeModel hourly) {
        return hourly.rate(Quantity.of(1, Unit.HOUR), RatingContext.firstInMonth(Unit.HOUR, 30)).amount().rounded();
    }
}
