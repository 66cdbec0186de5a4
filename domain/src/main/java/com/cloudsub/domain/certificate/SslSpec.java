package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.DomainException;
import java.util.Objects;

/**
 * What an SSL certificate is, apart from its term (R-SSL-1): brand, validation type, domain type and domain
 * count, under the catalogue's spec code.
 */
public record SslSpec(String code, String brand, Type type, DomainType domainType, int domainCount) {

    /** Validation level: domain, organisation, extended. */
    public enum Type { DV, OV, EV }

    public enum DomainType { SINGLE, MULTI, WILDCARD }

    public SslSpec {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("specCode", "a certificate spec has a code");
        }
        if (brand == null || brand.isBlank()) {
            throw DomainException.invalid("brand", "a certificate spec has a brand");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(domainType, "domainType");
        if (domainCount < 1) {
            throw DomainException.invalid("domainCount", "a certificate covers at least one domain");
        }
    }

    /** The free certificate: DV (basic), one single domain (R-SSL-4). */
    public boolean isFreeDv() {
        return type == Type.DV && domainType == DomainType.SINGLE && domainCount == 1;
    }

    /** A DigiCert DV (basic) wildcard: its renewals carry no remaining validity over (R-SSL-7). */
    public boolean isDigiCertDvWildcard() {
        return "DigiCert".equalsIgnoreCase(brand) && type == Type.DV && domainType == DomainType.WILDCARD;
    }

    /**
     * The same certificate as {@code other} in brand, type, domain type and domain count (R-SSL-7, CCM-L-11).
     * The spec code is not compared (it may name the term), nor is the primary domain (it belongs to the application).
     */
    public boolean identicalTo(SslSpec other) {
        return brand.equalsIgnoreCase(other.brand) && type == other.type && domainType == other.domainType
                && domainCount == other.domainCount;
    }
}
