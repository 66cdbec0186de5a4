package com.cloudsub.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ChargeModelTest {

    private static final Quantity TEN_THOUSAND_CALLS = Quantity.calls(10_000);
    private static final RatingContext MONTH_OF_30 = RatingContext.firstInMonth(Unit.CALL, 30);

    static Money amount(ChargeModel model, Quantity quantity, RatingContext context) {
        return model.rate(quantity, context).amount().rounded();
    }

    @Nested
    class FlatPerPeriodModel {
        @Test
        @DisplayName("R-SUB-1 price = monthly price × months (KMS basic 12 months = 29,988.00)")
        void monthlyTimesMonths() {
            FlatPerPeriod basic = FlatPerPeriod.monthly("2499");
            assertThat(amount(basic, Quantity.of(12, Unit.MONTH), MONTH_OF_30)).isEqualTo(Money.cny("29988.00"));
        }

        @Test
        @DisplayName("R-SUB-1 the edition discount is a separate, negative step")
        void discountStep() {
            FlatPerPeriod professional = new FlatPerPeriod(Money.unitPrice("9980.00"), new BigDecimal("0.73"), Unit.MONTH);
            Rating rating = professional.rate(Quantity.of(2, Unit.MONTH), MONTH_OF_30);
            assertThat(rating.steps()).hasSize(2);
            assertThat(rating.steps().get(0).amount()).isEqualTo(Money.cny("19960.00"));
            assertThat(rating.steps().get(1).amount()).isEqualTo(Money.cny("-5389.20"));
            assertThat(rating.amount()).isEqualTo(Money.cny("14570.80"));
        }

        @Test
        void oncePerPiece() {
            assertThat(amount(FlatPerPeriod.once("20000"), Quantity.of(1, Unit.PIECE), MONTH_OF_30)).isEqualTo(Money.cny("20000.00"));
        }

        @Test
        void refusesDiscountOutsideZeroToOne() {
            assertThatThrownBy(() -> new FlatPerPeriod(Money.cny("1"), new BigDecimal("1.1"), Unit.MONTH))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class PerUnitModel {
        @Test
        @DisplayName("R-GEN-2 per 10,000 calls is proportional")
        void proportional() {
            PerUnit model = PerUnit.of("0.6", TEN_THOUSAND_CALLS);
            assertThat(amount(model, Quantity.calls(15_000), MONTH_OF_30)).isEqualTo(Money.cny("0.90"));
            assertThat(amount(model, Quantity.calls(1), MONTH_OF_30)).isEqualTo(Money.cny("0.00"));
        }

        @Test
        @DisplayName("R-SSM-L4 1–9,999 calls are charged as 10,000; none, nothing; above, proportionally")
        void minimum() {
            PerUnit model = new PerUnit(Money.unitPrice("0.4"), TEN_THOUSAND_CALLS, TEN_THOUSAND_CALLS);
            assertThat(amount(model, Quantity.calls(0), MONTH_OF_30)).isEqualTo(Money.cny("0.00"));
            assertThat(amount(model, Quantity.calls(1), MONTH_OF_30)).isEqualTo(Money.cny("0.40"));
            assertThat(amount(model, Quantity.calls(9_999), MONTH_OF_30)).isEqualTo(Money.cny("0.40"));
            assertThat(amount(model, Quantity.calls(10_000), MONTH_OF_30)).isEqualTo(Money.cny("0.40"));
            assertThat(amount(model, Quantity.calls(15_000), MONTH_OF_30)).isEqualTo(Money.cny("0.60"));
        }

        @Test
        @DisplayName("R-APG-8 an hourly price accrues per second")
        void perSecondAtHourlyPrice() {
            PerUnit model = PerUnit.of("11.76", Quantity.of(1, Unit.HOUR));
            assertThat(amount(model, Quantity.of(1800, Unit.SECOND), MONTH_OF_30)).isEqualTo(Money.cny("5.88"));
            Money perSecond = model.rate(Quantity.of(1, Unit.SECOND), MONTH_OF_30).amount();
            Money hourOfSeconds = Money.zero(Money.CNY);
            for (int second = 0; second < 3600; second++) {
                hourOfSeconds = hourOfSeconds.plus(perSecond);
            }
            assertThat(hourOfSeconds.rounded()).isEqualTo(Money.cny("11.76"));
        }

        @Test
        @DisplayName("R-GEN-3 traffic is priced per 1024-based GB")
        void perGigabyte() {
            PerUnit model = PerUnit.of("0.80", Quantity.of(1, Unit.GIGABYTE));
            assertThat(amount(model, Quantity.bytes(1024L * 1024 * 1024 * 10), MONTH_OF_30)).isEqualTo(Money.cny("8.00"));
        }
    }

    @Nested
    class PerUnitPerDayModel {
        @Test
        @DisplayName("R-KMS-P1 customer keys per key per day")
        void perDay() {
            PerUnitPerDay model = new PerUnitPerDay(Money.unitPrice("0.38"), PerUnitPerDay.Basis.DAY);
            assertThat(amount(model, Quantity.of(10 * 31, Unit.UNIT_DAY), MONTH_OF_30)).isEqualTo(Money.cny("117.80"));
        }

        @Test
        @DisplayName("R-SSM-L1 a monthly price metered daily: a full month of N secrets is 3 × N, whatever the month's length")
        void monthlyPriceMeteredDaily() {
            PerUnitPerDay model = new PerUnitPerDay(Money.unitPrice("3"), PerUnitPerDay.Basis.MONTH);
            for (int days : new int[] {28, 29, 30, 31}) {
                RatingContext month = RatingContext.firstInMonth(Unit.UNIT_DAY, days);
                assertThat(amount(model, Quantity.of(7L * days, Unit.UNIT_DAY), month)).isEqualTo(Money.cny("21.00"));
            }
            RatingContext june = RatingContext.firstInMonth(Unit.UNIT_DAY, 30);
            assertThat(amount(model, Quantity.of(15, Unit.UNIT_DAY), june)).isEqualTo(Money.cny("1.50"));
        }
    }

    @Nested
    class GraduatedModel {
        private final Graduated apiCalls = new Graduated(List.of(
                new Graduated.Tier(new BigDecimal("10000000"), Money.unitPrice("0.06")),
                new Graduated.Tier(new BigDecimal("100000000"), Money.unitPrice("0.04")),
                new Graduated.Tier(null, Money.unitPrice("0.03"))), TEN_THOUSAND_CALLS);

        @Test
        @DisplayName("R-APG-1 tiers are progressive on the month's cumulative count")
        void progressive() {
            assertThat(amount(apiCalls, Quantity.calls(5_000_000), MONTH_OF_30)).isEqualTo(Money.cny("30.00"));
            // 10M × 0.06 + 90M × 0.04 + 10M × 0.03 = 60 + 360 + 30
            assertThat(amount(apiCalls, Quantity.calls(110_000_000), MONTH_OF_30)).isEqualTo(Money.cny("450.00"));
        }

        @Test
        @DisplayName("R-APG-1 an hour that crosses a tier boundary is split at the boundary (A-44)")
        void splitAtBoundary() {
            RatingContext after9m = new RatingContext(Quantity.calls(9_000_000), 30);
            Rating rating = apiCalls.rate(Quantity.calls(2_000_000), after9m);
            assertThat(rating.steps()).hasSize(2);
            assertThat(rating.steps().get(0).quantity().amount()).isEqualByComparingTo("1000000");
            assertThat(rating.steps().get(1).quantity().amount()).isEqualByComparingTo("1000000");
            assertThat(rating.amount().rounded()).isEqualTo(Money.cny("10.00"));
        }

        @Test
        void refusesUnorderedTiers() {
            assertThatThrownBy(() -> new Graduated(List.of(
                    new Graduated.Tier(new BigDecimal("10"), Money.cny("1")),
                    new Graduated.Tier(new BigDecimal("5"), Money.cny("1")),
                    new Graduated.Tier(null, Money.cny("1"))), TEN_THOUSAND_CALLS))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class FreeAllowanceModel {
        private final FreeAllowance kmsCalls = new FreeAllowance(Quantity.calls(20_000), PerUnit.of("0.6", TEN_THOUSAND_CALLS));

        @Test
        @DisplayName("R-KMS-P3 20,000 calls a month are free, the rest proportional")
        void firstCallsFree() {
            assertThat(amount(kmsCalls, Quantity.calls(20_000), MONTH_OF_30)).isEqualTo(Money.cny("0.00"));
            assertThat(amount(kmsCalls, Quantity.calls(50_000), MONTH_OF_30)).isEqualTo(Money.cny("1.80"));
        }

        @Test
        @DisplayName("R-KMS-P3 the allowance is counted on the month's cumulative calls")
        void allowanceIsCumulative() {
            RatingContext after15k = new RatingContext(Quantity.calls(15_000), 30);
            Rating rating = kmsCalls.rate(Quantity.calls(10_000), after15k);
            assertThat(rating.steps().get(0).quantity().amount()).isEqualByComparingTo("5000");
            assertThat(rating.amount().rounded()).isEqualTo(Money.cny("0.30"));
            RatingContext after30k = new RatingContext(Quantity.calls(30_000), 30);
            assertThat(amount(kmsCalls, Quantity.calls(10_000), after30k)).isEqualTo(Money.cny("0.60"));
        }
    }
}
