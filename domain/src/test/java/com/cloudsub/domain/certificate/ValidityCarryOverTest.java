package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.CALENDAR;
import static com.cloudsub.domain.certificate.Certificates.DIGICERT_DV_WILDCARD;
import static com.cloudsub.domain.certificate.Certificates.GEOTRUST_OV_MULTI_2;
import static com.cloudsub.domain.certificate.Certificates.GEOTRUST_OV_SINGLE;
import static com.cloudsub.domain.certificate.Certificates.anSslCertificate;
import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** All times are Asia/Shanghai local times; the E6 dates are taken at 10:00:00. */
class ValidityCarryOverTest {

    /** A 1-year certificate issued 2021-11-30 10:00:00, expiring 2022-11-30 10:00:00. */
    private SslCertificate original(SslCertificateId id, boolean autoRenew, SslSpec spec) {
        var builder = anSslCertificate().id(id.value()).spec(spec).paidAt(at("2021-11-29T09:00:00")).issuedAt(at("2021-11-30T10:00:00"));
        return (autoRenew ? builder.withAutoRenew() : builder).build();
    }

    private SslCertificate original() {
        return original(new SslCertificateId("c-1"), false, GEOTRUST_OV_SINGLE);
    }

    private static Instant issue(SslCertificate renewal, Instant at) {
        renewal.apply();
        renewal.issue(at, CALENDAR);
        return renewal.expiresAt();
    }

    @Test
    @DisplayName("E6 R-SSL-7 original expires 2022-11-30 10:00, renewal bought and issued 2022-11-25 10:00 → 2023-11-30 10:00")
    void e6() {
        SslCertificate original = original();
        assertThat(original.expiresAt()).isEqualTo(at("2022-11-30T10:00:00"));
        SslCertificate renewal = original.renewManually(new SslCertificateId("c-2"), GEOTRUST_OV_SINGLE, 1, at("2022-11-25T10:00:00"));
        assertThat(renewal.state()).isEqualTo(SslState.PENDING_APPLICATION);
        assertThat(issue(renewal, at("2022-11-25T10:00:00"))).isEqualTo(at("2023-11-30T10:00:00"));
    }

    @Test
    @DisplayName("R-SSL-7 A-47 carry-over is to the second: the renewal ends at the original's time of day, whatever the issue time")
    void toTheSecond() {
        SslCertificate renewal = original().renewManually(new SslCertificateId("c-2"), GEOTRUST_OV_SINGLE, 1, at("2022-11-25T09:00:00"));
        assertThat(issue(renewal, at("2022-11-25T16:20:45"))).isEqualTo(at("2023-11-30T10:00:00"));
    }

    @Test
    @DisplayName("R-SSL-6 R-SSL-7 an auto-renewal carries the remaining validity over too")
    void autoRenewalCarriesOver() {
        SslCertificate original = original(new SslCertificateId("c-1"), true, GEOTRUST_OV_SINGLE);
        SslCertificate renewal = original.renewAutomatically(new SslCertificateId("c-2"), at("2022-10-31T10:00:00"));
        assertThat(issue(renewal, at("2022-11-25T10:00:00"))).isEqualTo(at("2023-11-30T10:00:00"));
    }

    @Test
    @DisplayName("R-SSL-7 TV-14a a DigiCert DV (basic) wildcard renewal gets no carry-over → 2023-11-25 10:00")
    void digiCertDvWildcard() {
        SslCertificate original = original(new SslCertificateId("c-1"), false, DIGICERT_DV_WILDCARD);
        SslCertificate renewal = original.renewManually(new SslCertificateId("c-2"), DIGICERT_DV_WILDCARD, 1, at("2022-11-25T10:00:00"));
        assertThat(issue(renewal, at("2022-11-25T10:00:00"))).isEqualTo(at("2023-11-25T10:00:00"));
    }

    @Test
    @DisplayName("R-SSL-7 TV-14b a manual renewal of a different spec gets one year, no carry-over; it cannot be bought for longer (RULES over A-48)")
    void differentSpec() {
        SslCertificate oneYear = original().renewManually(new SslCertificateId("c-2"), GEOTRUST_OV_MULTI_2, 1, at("2022-11-25T10:00:00"));
        assertThat(issue(oneYear, at("2022-11-25T10:00:00"))).isEqualTo(at("2023-11-25T10:00:00"));
        SslCertificate other = original(new SslCertificateId("c-3"), false, GEOTRUST_OV_SINGLE);
        assertThatThrownBy(() -> other.renewManually(new SslCertificateId("c-4"), GEOTRUST_OV_MULTI_2, 2, at("2022-11-25T10:00:00")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-years"));
        assertThat(other.renewedBy()).as("nothing bought").isNull();
    }

    @Test
    @DisplayName("R-SSL-7 an identical spec renewed for a longer term still carries over")
    void longerTerm() {
        SslCertificate renewal = original().renewManually(new SslCertificateId("c-2"), GEOTRUST_OV_SINGLE, 2, at("2022-11-25T10:00:00"));
        assertThat(issue(renewal, at("2022-11-25T10:00:00"))).isEqualTo(at("2024-11-30T10:00:00"));
    }

    @Test
    @DisplayName("R-SSL-7 A-47 a renewal issued after the original expired gets no carry-over")
    void issuedAfterExpiry() {
        SslCertificate renewal = original().renewManually(new SslCertificateId("c-2"), GEOTRUST_OV_SINGLE, 1, at("2022-11-25T10:00:00"));
        assertThat(issue(renewal, at("2022-12-02T10:00:00"))).isEqualTo(at("2023-12-02T10:00:00"));
    }
}
