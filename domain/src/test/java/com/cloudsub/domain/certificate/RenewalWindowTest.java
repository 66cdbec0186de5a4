package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.ACCOUNT;
import static com.cloudsub.domain.certificate.Certificates.DIGICERT_DV_FREE;
import static com.cloudsub.domain.certificate.Certificates.GEOTRUST_OV_SINGLE;
import static com.cloudsub.domain.certificate.Certificates.anSslCertificate;
import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.certificate.RenewalWindow.AutoRenewal;
import com.cloudsub.domain.shared.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The certificate expires 2024-12-02 10:00:00 Asia/Shanghai; the window opens 30 × 24 h earlier, 2024-11-02 10:00:00. */
class RenewalWindowTest {

    private static final Instant EXPIRES = at("2024-12-02T10:00:00");
    private static final Instant OPENS = at("2024-11-02T10:00:00");

    private SslCertificate issued() {
        return anSslCertificate().issuedAt(at("2023-12-02T10:00:00")).build();
    }

    private static void assertRefused(Runnable renewal, String code) {
        assertThatThrownBy(renewal::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    @DisplayName("R-SSL-5 A-46 manual renewal is open in [expiresAt − 30 × 24 h, expiresAt): edges to the second")
    void edges() {
        SslCertificate certificate = issued();
        assertThat(certificate.expiresAt()).isEqualTo(EXPIRES);
        assertThat(RenewalWindow.opensAt(EXPIRES)).isEqualTo(OPENS);
        assertRefused(() -> RenewalWindow.requireOpen(certificate, OPENS.minusSeconds(1)), "renewal-window-not-open");
        assertThat(RenewalWindow.isOpen(certificate, OPENS)).isTrue();
        assertThat(RenewalWindow.isOpen(certificate, EXPIRES.minusSeconds(1))).isTrue();
        assertRefused(() -> RenewalWindow.requireOpen(certificate, EXPIRES), "renewal-window-closed");
    }

    @Test
    @DisplayName("R-SSL-5 a manual renewal outside the window is refused (422) and buys nothing")
    void manualOutsideWindow() {
        SslCertificate certificate = issued();
        assertThatThrownBy(() -> certificate.renewManually(new SslCertificateId("c-2"), GEOTRUST_OV_SINGLE, 1, OPENS.minusSeconds(60)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED);
                    assertThat(e.code()).isEqualTo("renewal-window-not-open");
                });
        assertThat(certificate.renewedBy()).isNull();
    }

    @Test
    @DisplayName("R-SSL-5 free and uploaded certificates cannot be renewed")
    void freeAndUploaded() {
        SslCertificate free = SslCertificate.free(new SslCertificateId("f-1"), ACCOUNT, DIGICERT_DV_FREE,
                new FreeCertificateQuota(0, 0), at("2023-12-01T12:00:00"));
        free.apply();
        free.issue(at("2023-12-02T10:00:00"), Certificates.CALENDAR);
        assertRefused(() -> RenewalWindow.requireOpen(free, OPENS), "not-renewable");
        SslCertificate uploaded = SslCertificate.uploaded(new SslCertificateId("u-1"), ACCOUNT, GEOTRUST_OV_SINGLE,
                at("2023-12-02T10:00:00"), EXPIRES);
        assertRefused(() -> RenewalWindow.requireOpen(uploaded, OPENS), "not-renewable");
    }

    @Test
    @DisplayName("R-SSL-5 only issued certificates can be renewed, and only once")
    void issuedOnce() {
        SslCertificate pending = anSslCertificate().build();
        assertThatThrownBy(() -> RenewalWindow.requireOpen(pending, OPENS))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("not-issued");
                });
        SslCertificate certificate = issued();
        SslCertificate renewal = certificate.renewManually(new SslCertificateId("c-2"), GEOTRUST_OV_SINGLE, 1, OPENS);
        assertThat(certificate.renewedBy()).isEqualTo(renewal.id());
        assertThat(renewal.renewalOf().originalId()).isEqualTo(certificate.id());
        assertThat(renewal.paidAt()).isEqualTo(OPENS);
        assertRefused(() -> certificate.renewManually(new SslCertificateId("c-3"), GEOTRUST_OV_SINGLE, 1, OPENS), "already-renewed");
    }

    @Test
    @DisplayName("R-SSL-6 R-SSL-9 auto-renew falls due when the window opens; arrears block it, and only it")
    void autoRenewal() {
        SslCertificate certificate = anSslCertificate().withAutoRenew().issuedAt(at("2023-12-02T10:00:00")).build();
        assertThat(RenewalWindow.autoRenewal(certificate, OPENS.minusSeconds(1), false)).isEqualTo(AutoRenewal.NOT_DUE);
        assertThat(RenewalWindow.autoRenewal(certificate, OPENS, false)).isEqualTo(AutoRenewal.DUE);
        assertThat(RenewalWindow.autoRenewal(certificate, OPENS, true)).isEqualTo(AutoRenewal.BLOCKED_BY_ARREARS);
        assertThat(RenewalWindow.autoRenewal(certificate, EXPIRES, false)).isEqualTo(AutoRenewal.NOT_APPLICABLE);
        assertThat(certificate.state()).isEqualTo(SslState.ISSUED);

        SslCertificate renewal = certificate.renewAutomatically(new SslCertificateId("c-2"), OPENS);
        assertThat(renewal.spec()).isEqualTo(certificate.spec());
        assertThat(renewal.years()).isEqualTo(certificate.years());
        assertThat(renewal.state()).isEqualTo(SslState.PENDING_APPLICATION);
        assertThat(renewal.autoRenew()).isTrue();
        assertThat(renewal.renewalOf().entry()).isEqualTo(SslRenewal.Entry.AUTO);
        assertThat(RenewalWindow.autoRenewal(certificate, OPENS.plusSeconds(3600), false)).isEqualTo(AutoRenewal.NOT_APPLICABLE);
    }

    @Test
    @DisplayName("R-SSL-6 auto-renew off: nothing to do, and an automatic renewal is refused")
    void autoRenewOff() {
        SslCertificate certificate = issued();
        assertThat(RenewalWindow.autoRenewal(certificate, OPENS, false)).isEqualTo(AutoRenewal.NOT_APPLICABLE);
        assertRefused(() -> certificate.renewAutomatically(new SslCertificateId("c-2"), OPENS), "auto-renew-off");
    }
}
