package com.cloudsub.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotingTest {

    private final Quoting quoting = new Quoting(TestCatalog.standard());
    private final Instant now = Instant.parse("2026-11-23T00:00:00Z");

    @Test
    @DisplayName("R-SUB-1 KMS basic for 12 months is 29,988.00")
    void kmsBasicYear() {
        Quote quote = quoting.prepaid("kms", "basic", "ap-guangzhou", Map.of(), Term.ofMonths(12), now);
        assertThat(quote.total()).isEqualTo(Money.cny("29988.00"));
        assertThat(quote.priceVersion()).isEqualTo("2022-03-24");
        assertThat(quote.lines()).singleElement().satisfies(l -> assertThat(l.priceVersion()).isEqualTo("2019-01"));
    }

    @Test
    @DisplayName("R-SSM-1 R-SSM-2 SSM enterprise with 3 secret packs for 2 months, region group 2")
    void ssmWithPacks() {
        Quote quote = quoting.prepaid("ssm", "enterprise", "ap-hongkong", Map.of("ssm.secret-pack", 3), Term.ofMonths(2), now);
        assertThat(quote.lines()).hasSize(2);
        assertThat(quote.total()).isEqualTo(Money.cny(String.valueOf(2 * 3699 + 3 * 2 * 369)));
    }

    @Test
    @DisplayName("R-SUB-8 the API gateway price cut applies from 2022-03-24 18:00:00 Asia/Shanghai")
    void priceCut() {
        Instant before = Instant.parse("2022-03-24T09:59:59Z");
        Instant at = Instant.parse("2022-03-24T10:00:00Z");
        Quote old = quoting.prepaid("apigw", "dedicated-professional", "ap-guangzhou", Map.of(), Term.ofMonths(1), before);
        Quote cut = quoting.prepaid("apigw", "dedicated-professional", "ap-guangzhou", Map.of(), Term.ofMonths(1), at);
        assertThat(old.total()).isEqualTo(Money.cny("9980.00"));
        assertThat(old.priceVersion()).isEqualTo("2019-01");
        assertThat(cut.total()).isEqualTo(Money.cny("7285.40"));
        assertThat(cut.priceVersion()).isEqualTo("2022-03-24");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, 25, 1000, -1})
    @DisplayName("R-SUB-1 a term is 1–12, 24 or 36 months")
    void badTerms(int months) {
        assertThatThrownBy(() -> Term.ofMonths(months)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field()).isEqualTo("months");
    }

    @Test
    void unknownInputsNameTheirField() {
        assertField(() -> quoting.prepaid("nope", "basic", "ap-guangzhou", Map.of(), Term.ofMonths(1), now), "product", DomainException.Kind.NOT_FOUND);
        assertField(() -> quoting.prepaid("kms", "gold", "ap-guangzhou", Map.of(), Term.ofMonths(1), now), "edition", DomainException.Kind.NOT_FOUND);
        assertField(() -> quoting.prepaid("kms", "basic", "mars-1", Map.of(), Term.ofMonths(1), now), "region", DomainException.Kind.NOT_FOUND);
        assertField(() -> quoting.prepaid("ssm", "enterprise", "ap-shanghai-fsi", Map.of(), Term.ofMonths(1), now), "region", DomainException.Kind.REFUSED);
        assertField(() -> quoting.prepaid("ssm", "enterprise", "ap-guangzhou", Map.of("ssm.secret-pack", -1), Term.ofMonths(1), now), "addOns", DomainException.Kind.INVALID);
        assertField(() -> quoting.prepaid("ssm", "enterprise", "ap-guangzhou", Map.of("kms.basic", 1), Term.ofMonths(1), now), "addOns", DomainException.Kind.INVALID);
        assertField(() -> quoting.prepaid("ssm", "legacy", "ap-guangzhou", Map.of(), Term.ofMonths(1), now), "edition", DomainException.Kind.REFUSED);
        assertField(() -> quoting.usage("kms", "payg", "ap-guangzhou", Map.of("ssm.secret", Quantity.calls(1)), YearMonth.of(2026, 11), now), "usage", DomainException.Kind.INVALID);
        assertField(() -> quoting.usage("kms", "payg", "ap-guangzhou", Map.of(), YearMonth.of(2026, 11), now), "usage", DomainException.Kind.INVALID);
    }

    @Test
    @DisplayName("R-KMS-P1 R-KMS-P3 pay-as-you-go KMS is priced by cloud type")
    void kmsByCloudType() {
        Map<String, Quantity> calls = Map.of("kms.api-call", Quantity.calls(30_000));
        assertThat(quoting.usage("kms", "payg", "ap-guangzhou", calls, YearMonth.of(2026, 11), now).total()).isEqualTo(Money.cny("0.60"));
        assertThat(quoting.usage("kms", "payg", "ap-shanghai-fsi", calls, YearMonth.of(2026, 11), now).total()).isEqualTo(Money.cny("1.14"));
    }

    private static void assertField(Runnable call, String field, DomainException.Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.kind()).isEqualTo(kind);
        });
    }
}
