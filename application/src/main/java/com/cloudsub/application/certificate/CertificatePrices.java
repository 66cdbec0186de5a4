package com.cloudsub.application.certificate;

import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.PerUnit;
import com.cloudsub.domain.catalog.Quote;
import com.cloudsub.domain.catalog.Quoting;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.certificate.CaKind;
import com.cloudsub.domain.certificate.SslSpec;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Certificate prices from the catalogue. An SSL spec {@code digicert-ov-multi} bought for 2 years is the edition
 * {@code ssl/digicert-ov-multi-2y}; its brand is the first word of the edition's name, its validation and domain type
 * are in the spec code, and its domains are the fee item's {@code domains} plus those of the extra-domain add-ons.
 * Certificates are global: their items are priced under the {@code ALL} region scheme, the same everywhere, and looked
 * up in {@link #REGION}.
 */
final class CertificatePrices {

    static final String SSL = "ssl";
    static final String FREE_DV = "free-dv";
    static final String EXPANSION_PACK = "free-dv-expansion-pack";
    static final String REGION = "ap-beijing";
    static final String ROOT_CA = "pca.root-ca";
    static final String SUBORDINATE_CA = "pca.subordinate-ca";
    static final String PRIVATE_CERTIFICATE = "pca.private-certificate";

    /** The free DV (basic) single-domain certificate of the quota (R-SSL-4). */
    static final SslSpec FREE_DV_SPEC = new SslSpec(FREE_DV, "DigiCert", SslSpec.Type.DV, SslSpec.DomainType.SINGLE, 1);

    /** A priced SSL order: the spec bought, its term and the quote for all pieces. */
    record SslOffer(SslSpec spec, int years, Quote quote) {
        boolean free() {
            return spec.code().equals(FREE_DV);
        }
    }

    private final Catalogs catalogs;

    CertificatePrices(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** {@code quantity} certificates of {@code specCode} for {@code years} with {@code extraDomains} each, priced at {@code at}. */
    SslOffer ssl(String specCode, int years, int extraDomains, int quantity, Instant at) {
        Catalog catalog = catalogs.current();
        if (specCode.equals(FREE_DV) && years != 1) {
            throw DomainException.invalid("years", "free certificates are valid for 1 year");
        }
        String editionCode = specCode.equals(FREE_DV) ? FREE_DV : specCode + "-" + years + "y";
        Edition edition;
        try {
            edition = catalog.edition(SSL, editionCode);
        } catch (DomainException unknown) {
            throw DomainException.notFound("spec", "unknown SSL certificate spec '" + specCode + "' for " + years + " year(s)");
        }
        if (extraDomains > 0 && edition.addOns().isEmpty()) {
            throw DomainException.invalid("extraDomains", specCode + " covers a fixed number of domains; only multi-domain specs take extra domains");
        }
        Map<String, Integer> addOns = extraDomains > 0 ? Map.of(edition.addOns().get(0), extraDomains) : Map.of();
        Quote quote = new Quoting(catalog).oneTime(SSL, editionCode, REGION, addOns, quantity, at);
        SslSpec spec = specCode.equals(FREE_DV) ? FREE_DV_SPEC : spec(catalog, edition, specCode, extraDomains);
        return new SslOffer(spec, years, quote);
    }

    /** An identical certificate for the same term (auto-renew, R-SSL-6), or a manual renewal of the same spec. */
    SslOffer identical(SslSpec spec, int years, Instant at) {
        Catalog catalog = catalogs.current();
        Edition edition = catalog.edition(SSL, spec.code() + "-" + years + "y");
        long included = catalog.item(edition.feeItem()).capacity().getOrDefault("domains", 1L);
        return ssl(spec.code(), years, (int) (spec.domainCount() - included), 1, at);
    }

    /** {@code packs} free-DV expansion packs (R-SSL-4). */
    Quote expansionPacks(int packs, Instant at) {
        return new Quoting(catalogs.current()).oneTime(SSL, EXPANSION_PACK, REGION, Map.of(), packs, at);
    }

    /** The hourly price of a CA of this kind in force at {@code at}. */
    ResolvedPrice ca(CaKind kind, Instant at) {
        return hourly(kind == CaKind.ROOT ? ROOT_CA : SUBORDINATE_CA, at);
    }

    ResolvedPrice privateCertificate(Instant at) {
        return hourly(PRIVATE_CERTIFICATE, at);
    }

    static Money hourlyPrice(ResolvedPrice price) {
        return ((PerUnit) price.model()).unitPrice();
    }

    private ResolvedPrice hourly(String item, Instant at) {
        return catalogs.current().price(item, REGION, at);
    }

    private static SslSpec spec(Catalog catalog, Edition edition, String specCode, int extraDomains) {
        String[] parts = specCode.split("-");
        String brand = edition.name().split(" ")[0];
        SslSpec.Type type = SslSpec.Type.valueOf(parts[1].toUpperCase(Locale.ROOT));
        SslSpec.DomainType domainType = SslSpec.DomainType.valueOf(parts[2].toUpperCase(Locale.ROOT));
        long domains = catalog.item(edition.feeItem()).capacity().getOrDefault("domains", 1L);
        if (extraDomains > 0) {
            domains += extraDomains * catalog.item(edition.addOns().get(0)).capacity().getOrDefault("domains", 1L);
        }
        return new SslSpec(specCode, brand, type, domainType, (int) domains);
    }
}
