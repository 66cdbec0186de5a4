package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.ACCOUNT;
import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Times are Asia/Shanghai local times; a private certificate costs 0.0125 per hour. */
class PrivateCertificateTest {

    private static final Money PRICE = Money.unitPrice("0.0125");

    private static PrivateCa root() {
        return PrivateCa.create(new PrivateCaId("root-1"), ACCOUNT, CaKind.ROOT, null, at("2032-01-01T00:00:00"),
                at("2022-01-01T00:00:00"));
    }

    private static void assertConflict(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    @DisplayName("R-PCA-5 a private certificate is issued only under an ACTIVE CA")
    void activeCaOnly() {
        PrivateCa ca = root();
        Instant now = at("2022-01-02T00:00:00");
        assertConflict(() -> PrivateCertificate.issue(new PrivateCertificateId("p-1"), ca, now), "ca-not-active");
        ca.activate(now);
        PrivateCertificate certificate = PrivateCertificate.issue(new PrivateCertificateId("p-1"), ca, now);
        assertThat(certificate.caId()).isEqualTo(ca.id());
        assertThat(certificate.accountId()).isEqualTo(ACCOUNT);
        ca.disable(at("2022-01-03T00:00:00"));
        assertConflict(() -> PrivateCertificate.issue(new PrivateCertificateId("p-2"), ca, at("2022-01-03T01:00:00")), "ca-not-active");
    }

    @Test
    @DisplayName("R-PCA-5 TV-17 billed per hour until deleted: deleted at 8:30 → the 8:00–9:00 hour bills 30 minutes")
    void billedUntilDeleted() {
        PrivateCa ca = root();
        ca.activate(at("2022-01-02T00:00:00"));
        PrivateCertificate certificate = PrivateCertificate.issue(new PrivateCertificateId("p-1"), ca, at("2022-01-02T06:00:00"));
        certificate.delete(at("2022-01-02T08:30:00"));
        assertThat(certificate.billedSeconds(at("2022-01-02T07:00:00"), at("2022-01-02T08:00:00"))).isEqualTo(3600);
        assertThat(certificate.billedSeconds(at("2022-01-02T08:00:00"), at("2022-01-02T09:00:00"))).isEqualTo(1800);
        assertThat(certificate.billedSeconds(at("2022-01-02T09:00:00"), at("2022-01-02T10:00:00"))).isZero();
        assertThat(certificate.bill(at("2022-01-02T00:00:00"), at("2022-01-03T00:00:00"), PRICE).amount())
                .isEqualTo(Money.cny("0.03")); // 2.5 h × 0.0125 = 0.03125
    }

    @Test
    @DisplayName("R-PCA-5 billing stops at revocation (RULES over A-57); a DISABLED CA still revokes, an EXPIRED one does not")
    void billedUntilRevoked() {
        PrivateCa ca = root();
        ca.activate(at("2022-01-02T00:00:00"));
        PrivateCertificate certificate = PrivateCertificate.issue(new PrivateCertificateId("p-1"), ca, at("2022-01-02T00:00:00"));
        ca.disable(at("2022-01-02T10:00:00"));
        certificate.revoke(ca, at("2022-01-02T12:00:00"));
        certificate.delete(at("2022-01-05T00:00:00"));
        assertThat(certificate.billedUntil()).isEqualTo(at("2022-01-02T12:00:00"));
        assertThat(certificate.billedSeconds(at("2022-01-01T00:00:00"), at("2022-02-01T00:00:00"))).isEqualTo(12 * 3600);

        PrivateCa expiring = PrivateCa.create(new PrivateCaId("root-2"), ACCOUNT, CaKind.ROOT, null, at("2022-02-01T00:00:00"),
                at("2022-01-01T00:00:00"));
        expiring.activate(at("2022-01-01T00:00:00"));
        PrivateCertificate other = PrivateCertificate.issue(new PrivateCertificateId("p-2"), expiring, at("2022-01-02T00:00:00"));
        expiring.expire(at("2022-02-01T00:00:00"));
        assertConflict(() -> other.revoke(expiring, at("2022-02-02T00:00:00")), "ca-cannot-revoke");
        assertThat(other.billedUntil()).as("an expired certificate bills until deleted").isNull();
    }
}
