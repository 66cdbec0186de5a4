package com.cloudsub.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.TestCatalog;
import com.cloudsub.domain.shared.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InstanceFreezeTest {

    private static final Catalog CATALOG = TestCatalog.standard();

    @Test
    @DisplayName("R-APG-8 A-30 one hour of the instance's payable hourly price is frozen: basic 5.94, professional 11.76 after the price cut")
    void oneHour() {
        assertThat(InstanceFreeze.of(CATALOG.price("apigw.dedicated-basic.hour", "ap-guangzhou", TestCatalog.PRICE_CUT).model()))
                .isEqualTo(Money.cny("5.94"));
        assertThat(InstanceFreeze.of(CATALOG.price("apigw.dedicated-professional.hour", "ap-guangzhou", TestCatalog.PRICE_CUT).model()))
                .isEqualTo(Money.cny("11.76"));
        assertThat(InstanceFreeze.of(CATALOG.price("apigw.dedicated-professional.hour", "ap-guangzhou", TestCatalog.FIRST_VERSION).model()))
                .isEqualTo(Money.cny("16.11"));
    }
}
