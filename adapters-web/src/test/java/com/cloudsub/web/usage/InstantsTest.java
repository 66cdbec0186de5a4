package com.cloudsub.web.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The digit-by-digit reading of a usage record's instant agrees with java.time on every form. */
class InstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T08:00:00Z", "2026-11-23T08:00:00.5Z", "2026-11-23T08:00:00.123456Z", "2026-11-23T08:00:00.123456789Z",
            "2024-02-29T23:59:59.999Z", "2026-11-23T16:00:00+08:00", "2026-11-23T08:00:00.25-01:30", "2026-11-23T08:00Z"})
    void readsWhatJavaTimeReads(String text) {
        assertThat(Instants.parse(text, "records[0].occurredAt")).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-11-23T24:00:00Z",
            "2026-11-23T08:00:00.1234567890Z", "2026-11-23 08:00:00Z", "2026-11-23T08:00:00", "yesterday", "2026-1a-23T08:00:00Z"})
    void refusesAnythingElseNamingTheField(String text) {
        assertThatThrownBy(() -> Instants.parse(text, "records[0].occurredAt"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("records[0].occurredAt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-23T08:00:00Z", "1970-01-01T00:00:00.000001Z"})
    void theUtcFormIsExact(String text) {
        assertThat(Instants.parse(text, "f")).isEqualTo(Instant.parse(text));
    }
}
