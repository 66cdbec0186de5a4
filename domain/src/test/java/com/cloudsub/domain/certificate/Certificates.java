package com.cloudsub.domain.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Instant;
import java.time.LocalDateTime;

/** Test data for certificates: local times in the billing zone (Asia/Shanghai) and a certificate builder. */
final class Certificates {

    static final BillingCalendar CALENDAR = BillingCalendar.SHANGHAI;
    static final AccountId ACCOUNT = new AccountId("a-1");

    static final SslSpec GEOTRUST_OV_SINGLE = new SslSpec("geotrust-ov-single", "GeoTrust", SslSpec.Type.OV,
            SslSpec.DomainType.SINGLE, 1);
    static final SslSpec GEOTRUST_OV_MULTI_2 = new SslSpec("geotrust-ov-multi", "GeoTrust", SslSpec.Type.OV,
            SslSpec.DomainType.MULTI, 2);
    static final SslSpec DIGICERT_DV_WILDCARD = new SslSpec("digicert-dv-wildcard", "DigiCert", SslSpec.Type.DV,
            SslSpec.DomainType.WILDCARD, 1);
    static final SslSpec DIGICERT_DV_FREE = new SslSpec("digicert-dv-free", "DigiCert", SslSpec.Type.DV,
            SslSpec.DomainType.SINGLE, 1);

    private Certificates() {
    }

    /** A local date-time in Asia/Shanghai, e.g. {@code at("2023-05-28T15:30:30")}. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CALENDAR.zone()).toInstant();
    }

    static SslBuilder anSslCertificate() {
        return new SslBuilder();
    }

    static final class SslBuilder {
        private String id = "c-1";
        private SslSpec spec = GEOTRUST_OV_SINGLE;
        private int years = 1;
        private Instant paidAt = at("2023-12-01T12:00:00");
        private Instant issuedAt;
        private boolean autoRenew;

        SslBuilder id(String value) {
            id = value;
            return this;
        }

        SslBuilder spec(SslSpec value) {
            spec = value;
            return this;
        }

        SslBuilder years(int value) {
            years = value;
            return this;
        }

        SslBuilder paidAt(Instant value) {
            paidAt = value;
            return this;
        }

        /** Applied for and issued at this instant. */
        SslBuilder issuedAt(Instant value) {
            issuedAt = value;
            return this;
        }

        SslBuilder withAutoRenew() {
            autoRenew = true;
            return this;
        }

        SslCertificate build() {
            SslCertificate certificate = SslCertificate.purchase(new SslCertificateId(id), ACCOUNT, spec, years, autoRenew, paidAt);
            if (issuedAt != null) {
                certificate.apply();
                certificate.issue(issuedAt, CALENDAR);
            }
            return certificate;
        }
    }
}
