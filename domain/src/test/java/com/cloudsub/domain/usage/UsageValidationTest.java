package com.cloudsub.domain.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.TestCatalog;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which usage records ingestion accepts, and which field a refused one names. */
class UsageValidationTest {

    private static final Catalog CATALOG = TestCatalog.standard();
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant OPENED = Instant.parse("2026-01-01T00:00:00Z");

    private static Optional<String> fieldAtFault(String eventId, String meter, String quantity, Unit unit, Instant at) {
        UsageRecord record = new UsageRecord(new AccountId("acc-1"), eventId, "apigw", "ap-guangzhou", meter,
                new Quantity(new BigDecimal(quantity), unit), at);
        return UsageValidation.problem(record, CATALOG, OPENED, NOW).map(DomainException::field);
    }

    @Test
    void aWellFormedRecordIsAccepted() {
        assertThat(fieldAtFault("e-1", "apigw.api-call", "5000", Unit.CALL, NOW.minusSeconds(60))).isEmpty();
        assertThat(fieldAtFault("e-1", "apigw.traffic", "1.000001", Unit.BYTE, NOW.plus(UsageValidation.SKEW))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            "'',          apigw.api-call, 1,          eventId",
            "e-1,         apigw.nope,     1,          item",
            "e-1,         apigw.api-call, 1e16,       quantity",
            "e-1,         apigw.api-call, 0.0000001,  quantity",
            "e-1,         apigw.api-call, 1E-100000,  quantity"})
    void aBadRecordNamesItsField(String eventId, String meter, String quantity, String field) {
        assertThat(fieldAtFault(eventId, meter, quantity, Unit.CALL, NOW)).contains(field);
    }

    @Test
    void aQuantityKeepsAtMostSixDecimalsAsStored() {
        assertThat(fieldAtFault("e-1", "apigw.api-call", "2.500000000", Unit.CALL, NOW)).isEmpty();
        assertThat(fieldAtFault("e-1", "apigw.api-call", "2.5000001", Unit.CALL, NOW)).contains("quantity");
    }

    @Test
    void usageIsNeitherInTheFutureNorBeforeTheAccountOpened() {
        assertThat(fieldAtFault("e-1", "apigw.api-call", "1", Unit.CALL, NOW.plus(UsageValidation.SKEW).plusSeconds(1))).contains("occurredAt");
        assertThat(fieldAtFault("e-1", "apigw.api-call", "1", Unit.CALL, OPENED.minusNanos(1000))).contains("occurredAt");
        assertThat(fieldAtFault("e-1", "apigw.api-call", "1", Unit.BYTE, NOW)).contains("unit");
    }
}
