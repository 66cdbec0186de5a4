package com.cloudsub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    @DisplayName("R-GEN-1 rounding is half-up to 0.01, applied once")
    void roundsHalfUpOnce() {
        assertThat(Money.cny("739.430136").rounded()).isEqualTo(Money.cny("739.43"));
        assertThat(Money.cny("15.2587890625").rounded()).isEqualTo(Money.cny("15.26"));
        assertThat(Money.cny("0.005").rounded()).isEqualTo(Money.cny("0.01"));
        assertThat(Money.cny("0.0049999").rounded()).isEqualTo(Money.cny("0.00"));
        assertThat(Money.cny("-0.005").rounded()).isEqualTo(Money.cny("-0.01"));
        assertThat(Money.cny("80.7625").rounded().amount().scale()).isEqualTo(2);
    }

    @Test
    @DisplayName("R-GEN-1 intermediate sums keep full precision")
    void intermediateSumsKeepPrecision() {
        Money third = Money.cny("1").dividedBy(new BigDecimal("3"));
        Money sum = third.plus(third).plus(third);
        assertThat(sum.rounded()).isEqualTo(Money.cny("1.00"));
        assertThat(third.rounded().times(3)).isEqualTo(Money.cny("0.99"));
    }

    @Test
    @DisplayName("R-GEN-1 unit prices carry at most 6 decimals")
    void unitPricesAtMostSixDecimals() {
        assertThat(Money.unitPrice("0.000006").amount()).isEqualByComparingTo("0.000006");
        assertThatThrownBy(() -> Money.unitPrice("0.0000001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalityIgnoresScaleButNotCurrency() {
        assertThat(Money.cny("1.0")).isEqualTo(Money.cny("1.00")).hasSameHashCodeAs(Money.cny("1.00"));
        assertThat(Money.of(BigDecimal.ONE, "USD")).isNotEqualTo(Money.cny("1"));
        assertThatThrownBy(() -> Money.cny("1").plus(Money.of(BigDecimal.ONE, "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
