package com.cloudsub.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BudgetTest {

    private static final BillingCalendar CAL = BillingCalendar.SHANGHAI;

    private static Budget budget(Budget.Basis basis) {
        return new Budget("b-1", new AccountId("acc-1"), "CCM on-demand 20000", BudgetPeriod.MONTH, Money.cny("20000"), "pca", null,
                List.of(new Budget.Threshold(new BigDecimal("80"), basis)));
    }

    @Test
    @DisplayName("R-BIL-2 TV-18 actual: 80 % of 20,000 is 16,000; crossed only above it")
    void actual() {
        Instant start = CAL.startOf(LocalDate.of(2026, 8, 1));
        Instant end = CAL.startOf(LocalDate.of(2026, 9, 1));
        Instant now = CAL.startOf(LocalDate.of(2026, 8, 20));
        assertThat(budget(Budget.Basis.ACTUAL).status(Money.cny("16000"), start, end, now).crossed()).isEmpty();
        assertThat(budget(Budget.Basis.ACTUAL).status(Money.cny("16000.01"), start, end, now).crossed()).containsExactly(0);
    }

    @Test
    @DisplayName("R-BIL-2 forecast: 10,000 in the first 10 of 31 days runs at 31,000 for the month, above 16,000")
    void forecast() {
        Instant start = CAL.startOf(LocalDate.of(2026, 8, 1));
        Instant end = CAL.startOf(LocalDate.of(2026, 9, 1));
        Budget.Status status = budget(Budget.Basis.FORECAST).status(Money.cny("10000"), start, end, CAL.startOf(LocalDate.of(2026, 8, 11)));
        assertThat(status.forecast().rounded()).isEqualTo(Money.cny("31000.00"));
        assertThat(status.crossed()).containsExactly(0);
    }

    @Test
    @DisplayName("R-BIL-2 periods reset at 00:00 of the day, month, quarter and year in the billing zone")
    void periods() {
        LocalDate day = LocalDate.of(2026, 8, 20);
        assertThat(BudgetPeriod.QUARTER.firstDay(day)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(BudgetPeriod.YEAR.next(BudgetPeriod.YEAR.firstDay(day))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    @DisplayName("R-ACC-5 one alert per crossing below the threshold; again only after rising above")
    void balanceAlert() {
        BalanceAlert alert = new BalanceAlert(new AccountId("acc-1"), Money.cny("100"), false, 0);
        assertThat(alert.check(Money.cny("150"))).isFalse();
        assertThat(alert.check(Money.cny("99.99"))).isTrue();
        assertThat(alert.check(Money.cny("50"))).isFalse();
        assertThat(alert.check(Money.cny("100"))).isFalse();
        assertThat(alert.check(Money.cny("10"))).isTrue();
        assertThat(alert.crossings()).isEqualTo(2);
    }
}
