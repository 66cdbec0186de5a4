package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.certificate.OnDemandArrears.Stage;
import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Arrears from A = 2022-06-01 00:00 Asia/Shanghai. */
class OnDemandArrearsTest {

    private final OnDemandArrears arrears = new OnDemandArrears(at("2022-06-01T00:00:00"));

    @Test
    @DisplayName("R-PCA-6 A-58 grace [A, A+15d), FROZEN [A+15d, A+30d), deleted at A+30d")
    void stages() {
        assertThat(arrears.stageAt(at("2022-06-01T00:00:00"))).isEqualTo(Stage.GRACE);
        assertThat(arrears.stageAt(at("2022-06-15T23:59:59"))).isEqualTo(Stage.GRACE);
        assertThat(arrears.stageAt(at("2022-06-16T00:00:00"))).isEqualTo(Stage.FROZEN);
        assertThat(arrears.stageAt(at("2022-06-30T23:59:59"))).isEqualTo(Stage.FROZEN);
        assertThat(arrears.stageAt(at("2022-07-01T00:00:00"))).isEqualTo(Stage.DELETED);
        assertThat(arrears.deletedAt()).isEqualTo(at("2022-07-01T00:00:00"));
    }

    @Test
    @DisplayName("R-PCA-6 A-59 grace is billed and operable; frozen is neither, and any operation is a 409")
    void billedAndOperable() {
        assertThat(Stage.GRACE.billed()).isTrue();
        assertThat(Stage.FROZEN.billed()).isFalse();
        assertThat(arrears.billableUntil()).isEqualTo(at("2022-06-16T00:00:00"));
        Instant frozen = at("2022-06-20T00:00:00");
        arrears.requireOperable(at("2022-06-10T00:00:00"));
        assertThatThrownBy(() -> arrears.requireOperable(frozen))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("frozen");
                });
    }
}
