package com.cloudsub.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The pay-as-you-go arrears path per product. */
class PaygServiceTest {

    private static final Instant A = Instant.parse("2026-11-23T02:00:00Z");

    @ParameterizedTest(name = "{0}: stopped at A + 24 h, released after A + 24 h + {1} h")
    @CsvSource({"ssm, 360", "kms, 168", "apigw, 168"})
    @DisplayName("R-SSM-L6 R-KMS-5 R-APG-9 arrears → stopped 24 h later → released after the retention")
    void path(String product, long retentionHours) {
        PaygService s = PaygService.open(new AccountId("acc-1"), product, A.minus(Duration.ofDays(40)));
        assertThat(s.enterArrears(A)).isTrue();
        assertThat(s.enterArrears(A.plusSeconds(60))).isFalse();
        assertThat(s.stopDue(A.plus(Duration.ofHours(24)).minusNanos(1000))).isFalse();
        assertThat(s.stopDue(A.plus(Duration.ofHours(24)))).isTrue();
        assertThat(s.stop()).isEqualTo(A.plus(Duration.ofHours(24)));
        Instant retentionEnd = A.plus(Duration.ofHours(24 + retentionHours));
        assertThat(s.releaseDue(retentionEnd)).isFalse();
        assertThat(s.releaseDue(retentionEnd.plusSeconds(1))).isTrue();
        assertThat(s.release()).isEqualTo(retentionEnd);
        assertThat(s.state()).isEqualTo(ServiceState.RELEASED);
        assertThat(s.restore(retentionEnd.plusSeconds(2))).isFalse();
    }

    @Test
    @DisplayName("R-APG-9 a top-up before release restores the service; the stop is kept as a closed span")
    void restore() {
        PaygService s = PaygService.open(new AccountId("acc-1"), "apigw", A.minus(Duration.ofDays(40)));
        s.enterArrears(A);
        s.stop();
        assertThat(s.accessAllowed()).isFalse();
        assertThat(s.restore(A.plus(Duration.ofDays(3)))).isTrue();
        assertThat(s.state()).isEqualTo(ServiceState.NORMAL);
        assertThat(s.stops()).singleElement().satisfies(stop -> {
            assertThat(stop.start()).isEqualTo(A.plus(Duration.ofHours(24)));
            assertThat(stop.end()).isEqualTo(A.plus(Duration.ofDays(3)));
        });
    }

    @Test
    @DisplayName("R-KMS-P4 KMS refuses access as soon as it is in arrears; the API gateway keeps serving for 24 h")
    void access() {
        PaygService kms = PaygService.open(new AccountId("acc-1"), "kms", A);
        PaygService apigw = PaygService.open(new AccountId("acc-1"), "apigw", A);
        kms.enterArrears(A);
        apigw.enterArrears(A);
        assertThat(kms.accessAllowed()).isFalse();
        assertThat(apigw.accessAllowed()).isTrue();
    }
}
