package com.cloudsub.persistence.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.UsageRecord;
import com.cloudsub.persistence.PersistenceTestApplication;
import com.cloudsub.persistence.shared.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The usage insert, written as text for speed, stores every value exactly as sent. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class JooqUsageRecordsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    JooqUsageRecords usage;

    private static final AccountId ACCOUNT = new AccountId("acc-usage-it");
    private static final Instant AT = Instant.parse("2026-11-23T08:15:30.123456Z");

    private static UsageRecord record(String eventId, String quantity) {
        return new UsageRecord(ACCOUNT, eventId, "apigw", "ap-guangzhou", "apigw.api-call", new Quantity(new BigDecimal(quantity), Unit.CALL), AT);
    }

    @Test
    @DisplayName("R-GEN-6 event ids are stored and compared exactly, quotes, backslashes, case and all; a resent one counts once")
    void eventIdsRoundTrip() {
        List<String> ids = List.of("e-1", "E-1", "it's", "back\\slash", "a\"b`c", "\\'; DROP TABLE usage_record; --", "计费-事件", "tab\there", "😀");
        List<UsageRecord> records = ids.stream().map(id -> record(id, "1.5")).toList();

        assertThat(usage.addNew(records, AT)).isEqualTo(ids.size());
        assertThat(usage.addNew(records, AT)).isZero();

        List<UsageRecord> stored = usage.of("apigw", List.of(ACCOUNT), AT, AT.plusSeconds(1)).get(ACCOUNT);
        assertThat(stored).extracting(UsageRecord::eventId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(stored).allSatisfy(r -> {
            assertThat(r.occurredAt()).isEqualTo(AT);
            assertThat(r.quantity().amount()).isEqualByComparingTo("1.5");
        });
    }
}
