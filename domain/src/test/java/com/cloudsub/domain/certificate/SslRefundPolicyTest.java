package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.ACCOUNT;
import static com.cloudsub.domain.certificate.Certificates.DIGICERT_DV_FREE;
import static com.cloudsub.domain.certificate.Certificates.anSslCertificate;
import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Paid 2023-12-01 12:00:00 Asia/Shanghai: 80.00 cash + 20.00 gift, and a 10.00 voucher. */
class SslRefundPolicyTest {

    private static final Instant PAID = at("2023-12-01T12:00:00");
    private static final Payment PAYMENT = new Payment(Money.cny("80.00"), Money.cny("20.00"), Money.cny("10.00"));

    private static void assertRefused(SslCertificate certificate, Instant now, String code) {
        assertThatThrownBy(() -> SslRefundPolicy.refund(certificate, PAYMENT, now))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    @DisplayName("R-SSL-8 A-50 TV-15 paid 12-01 12:00 → refundable at 12-08 11:59 (one minute before 7 × 24 h), not at 12:00 nor 12:01")
    void windowEdge() {
        SslCertificate certificate = anSslCertificate().paidAt(PAID).build();
        assertThat(SslRefundPolicy.deadline(PAID)).isEqualTo(at("2023-12-08T12:00:00"));
        assertThat(SslRefundPolicy.refund(certificate, PAYMENT, at("2023-12-08T11:59:00"))).isEqualTo(Money.cny("100.00"));
        assertThat(SslRefundPolicy.refundable(certificate, at("2023-12-08T11:59:59"))).isTrue();
        assertRefused(certificate, at("2023-12-08T12:00:00"), "refund-window-closed");
        assertRefused(certificate, at("2023-12-08T12:01:00"), "refund-window-closed");
    }

    @Test
    @DisplayName("R-SSL-8 a withdrawn application is refundable; validating or issued is not")
    void states() {
        SslCertificate certificate = anSslCertificate().paidAt(PAID).build();
        certificate.apply();
        assertRefused(certificate, at("2023-12-02T12:00:00"), "not-refundable-state");
        certificate.withdraw();
        assertThat(SslRefundPolicy.refundable(certificate, at("2023-12-02T12:00:00"))).isTrue();
        certificate.apply();
        certificate.issue(at("2023-12-03T12:00:00"), Certificates.CALENDAR);
        assertRefused(certificate, at("2023-12-04T12:00:00"), "not-refundable-state");
    }

    @Test
    @DisplayName("R-SSL-8 revoked inside the 7 × 24 h window: refunded in full, vouchers excepted")
    void revoked() {
        SslCertificate certificate = anSslCertificate().paidAt(PAID).issuedAt(at("2023-12-02T12:00:00")).build();
        certificate.revoke(at("2023-12-05T12:00:00"));
        assertThat(SslRefundPolicy.refund(certificate, PAYMENT, at("2023-12-06T12:00:00"))).isEqualTo(Money.cny("100.00"));
        assertRefused(certificate, at("2023-12-08T12:00:00"), "refund-window-closed");
    }

    @Test
    @DisplayName("R-SSL-8 a free certificate is not refundable")
    void free() {
        SslCertificate free = SslCertificate.free(new SslCertificateId("f-1"), ACCOUNT, DIGICERT_DV_FREE,
                new FreeCertificateQuota(0, 0), PAID);
        assertRefused(free, at("2023-12-02T12:00:00"), "not-refundable");
    }
}
