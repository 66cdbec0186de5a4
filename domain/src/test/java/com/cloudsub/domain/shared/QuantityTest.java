package com.cloudsub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    @DisplayName("R-GEN-3 1 GB = 1024 MB = 1024² KB = 1024³ bytes")
    void gigabytesAre1024Based() {
        assertThat(Quantity.bytes(1024L * 1024 * 1024).in(Unit.GIGABYTE).amount()).isEqualByComparingTo("1");
        assertThat(Quantity.of(1024 * 1024, Unit.KILOBYTE).in(Unit.GIGABYTE).amount()).isEqualByComparingTo("1");
        assertThat(Quantity.of(15_000_000, Unit.KILOBYTE).in(Unit.GIGABYTE).amount()).isEqualByComparingTo("14.30511474609375");
        assertThat(Quantity.of(1, Unit.GIGABYTE).in(Unit.MEGABYTE).amount()).isEqualByComparingTo("1024");
    }

    @Test
    void hoursAndSecondsConvert() {
        assertThat(Quantity.of(5400, Unit.SECOND).ratioTo(Quantity.of(1, Unit.HOUR))).isEqualByComparingTo("1.5");
    }

    @Test
    void refusesNegativeAndCrossDimension() {
        assertThatThrownBy(() -> Quantity.of(-1, Unit.CALL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quantity.calls(1).in(Unit.BYTE)).isInstanceOf(IllegalArgumentException.class);
    }
}
