package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.ACCOUNT;
import static com.cloudsub.domain.certificate.Certificates.CALENDAR;
import static com.cloudsub.domain.certificate.Certificates.DIGICERT_DV_FREE;
import static com.cloudsub.domain.certificate.Certificates.GEOTRUST_OV_SINGLE;
import static com.cloudsub.domain.certificate.Certificates.anSslCertificate;
import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SslCertificateTest {

    @Test
    @DisplayName("R-SSL-2 TV-12 validity starts at issuance: bought 2023-05-25 14:25:30, issued 2023-05-28 15:30:30 → 2024-05-28 15:30:30")
    void validityFromIssuance() {
        SslCertificate certificate = anSslCertificate().paidAt(at("2023-05-25T14:25:30")).build();
        assertThat(certificate.expiresAt()).isNull();
        certificate.apply();
        certificate.issue(at("2023-05-28T15:30:30"), CALENDAR);
        assertThat(certificate.state()).isEqualTo(SslState.ISSUED);
        assertThat(certificate.expiresAt()).isEqualTo(at("2024-05-28T15:30:30"));
        assertThat(Duration.between(certificate.issuedAt(), certificate.expiresAt())).isEqualTo(Duration.ofDays(366));
    }

    @Test
    @DisplayName("R-SSL-2 TV-13 the issue delay is not counted: issued 2023-06-10 17:00:00 → 2024-06-10 17:00:00; 3 years → 2026")
    void issueDelayNotCounted() {
        assertThat(anSslCertificate().paidAt(at("2023-05-30T09:00:00")).issuedAt(at("2023-06-10T17:00:00")).build().expiresAt())
                .isEqualTo(at("2024-06-10T17:00:00"));
        assertThat(anSslCertificate().years(3).paidAt(at("2023-05-30T09:00:00")).issuedAt(at("2023-06-10T17:00:00")).build().expiresAt())
                .isEqualTo(at("2026-06-10T17:00:00"));
    }

    @Test
    @DisplayName("R-SSL-3 pending → validating → withdrawn → validating → issued → expired at its expiry")
    void lifecycle() {
        SslCertificate certificate = anSslCertificate().build();
        assertThat(certificate.state()).isEqualTo(SslState.PENDING_APPLICATION);
        assertThat(certificate.allowedActions()).containsExactlyInAnyOrder(SslAction.APPLY, SslAction.REFUND);
        certificate.apply();
        assertThat(certificate.allowedActions()).containsExactlyInAnyOrder(SslAction.WITHDRAW, SslAction.ISSUE);
        certificate.withdraw();
        assertThat(certificate.state()).isEqualTo(SslState.PENDING_APPLICATION);
        certificate.apply();
        certificate.issue(at("2023-12-02T10:00:00"), CALENDAR);
        assertThatThrownBy(() -> certificate.expire(at("2024-12-02T09:59:59")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not-due"));
        certificate.expire(at("2024-12-02T10:00:00"));
        assertThat(certificate.state()).isEqualTo(SslState.EXPIRED);
        assertThat(certificate.allowedActions()).isEmpty();
    }

    @Test
    @DisplayName("R-SSL-3 an issued certificate can be revoked; revoked is final")
    void revoke() {
        SslCertificate certificate = anSslCertificate().issuedAt(at("2023-12-02T10:00:00")).build();
        certificate.revoke(at("2023-12-03T10:00:00"));
        assertThat(certificate.state()).isEqualTo(SslState.REVOKED);
        assertThat(certificate.revokedAt()).isEqualTo(at("2023-12-03T10:00:00"));
        assertThatThrownBy(() -> certificate.expire(at("2025-01-01T00:00:00"))).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("R-SSL-3 an illegal transition is a 409 naming the state and the allowed actions")
    void illegalTransition() {
        SslCertificate certificate = anSslCertificate().build();
        assertThatThrownBy(() -> certificate.issue(at("2023-12-02T10:00:00"), CALENDAR))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("illegal-transition");
                    assertThat(e.getMessage()).contains("ISSUE", "PENDING_APPLICATION", "allowed actions: [APPLY, REFUND]");
                    assertThat(e.details()).containsEntry("state", "PENDING_APPLICATION")
                            .containsEntry("allowedActions", java.util.List.of("APPLY", "REFUND"));
                });
        assertThatThrownBy(certificate::withdraw).isInstanceOf(DomainException.class);
        assertThat(certificate.state()).isEqualTo(SslState.PENDING_APPLICATION);
    }

    @Test
    @DisplayName("R-SSL-1 a certificate is bought for 1, 2 or 3 years")
    void years() {
        assertThatThrownBy(() -> anSslCertificate().years(4).build())
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-years"));
        assertThatThrownBy(() -> anSslCertificate().years(0).build()).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("R-SSL-4 A-61 20 free certificates per account, +20 per expansion pack: the 21st without a pack is refused")
    void freeQuota() {
        assertThat(new FreeCertificateQuota(19, 0).remaining()).isEqualTo(1);
        SslCertificate twentieth = SslCertificate.free(new SslCertificateId("f-20"), ACCOUNT, DIGICERT_DV_FREE,
                new FreeCertificateQuota(19, 0), at("2023-12-01T12:00:00"));
        assertThat(twentieth.source()).isEqualTo(SslSource.FREE);
        assertThat(twentieth.years()).isEqualTo(1);

        assertThatThrownBy(() -> SslCertificate.free(new SslCertificateId("f-21"), ACCOUNT, DIGICERT_DV_FREE,
                new FreeCertificateQuota(20, 0), at("2023-12-01T12:00:00")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED);
                    assertThat(e.code()).isEqualTo("free-quota-exhausted");
                });

        FreeCertificateQuota withPack = new FreeCertificateQuota(20, 1);
        assertThat(withPack.limit()).isEqualTo(40);
        assertThat(withPack.remaining()).isEqualTo(20);
        withPack.requireAvailable();
        assertThatThrownBy(() -> new FreeCertificateQuota(40, 1).requireAvailable()).isInstanceOf(DomainException.class);
    }

    @Test
    @DisplayName("R-SSL-4 only a DV (basic) single-domain certificate can be free")
    void freeSpec() {
        assertThatThrownBy(() -> SslCertificate.free(new SslCertificateId("f-1"), ACCOUNT, GEOTRUST_OV_SINGLE,
                new FreeCertificateQuota(0, 0), at("2023-12-01T12:00:00")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }

    @Test
    @DisplayName("R-SSL-8 a refunded certificate is REFUNDED for good; a free one never offers REFUND")
    void refund() {
        SslCertificate certificate = anSslCertificate().paidAt(at("2023-12-01T12:00:00")).build();
        certificate.refund(at("2023-12-02T12:00:00"));
        assertThat(certificate.state()).isEqualTo(SslState.REFUNDED);
        assertThat(certificate.allowedActions()).isEmpty();
        assertThatThrownBy(certificate::apply).isInstanceOf(DomainException.class);
        SslCertificate free = SslCertificate.free(new SslCertificateId("f-1"), ACCOUNT, DIGICERT_DV_FREE,
                new FreeCertificateQuota(0, 0), at("2023-12-01T12:00:00"));
        assertThat(free.allowedActions()).containsExactly(SslAction.APPLY);
    }

    @Test
    @DisplayName("R-SSL-5 R-SSL-6 auto-renew can be set only on certificates bought here")
    void autoRenewOnlyPaid() {
        SslCertificate free = SslCertificate.free(new SslCertificateId("f-1"), ACCOUNT, DIGICERT_DV_FREE,
                new FreeCertificateQuota(0, 0), at("2023-12-01T12:00:00"));
        assertThatThrownBy(() -> free.setAutoRenew(true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not-renewable"));
        SslCertificate paid = anSslCertificate().build();
        paid.setAutoRenew(true);
        assertThat(paid.autoRenew()).isTrue();
    }
}
