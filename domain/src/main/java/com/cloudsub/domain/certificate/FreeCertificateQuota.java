package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.DomainException;

/**
 * The free DV (basic) single-domain certificates an account may take (R-SSL-4, A-61): 20, plus 20 per expansion
 * pack bought. It is a lifetime quota: every free certificate ever taken counts, and revoking or deleting one does
 * not give it back.
 */
public record FreeCertificateQuota(int taken, int expansionPacks) {

    public static final int PER_ACCOUNT = 20;
    public static final int PER_EXPANSION_PACK = 20;

    public FreeCertificateQuota {
        if (taken < 0 || expansionPacks < 0) {
            throw new IllegalArgumentException("free certificates taken and expansion packs are never negative");
        }
    }

    public int limit() {
        return PER_ACCOUNT + PER_EXPANSION_PACK * expansionPacks;
    }

    public int remaining() {
        return Math.max(0, limit() - taken);
    }

    public void requireAvailable() {
        if (remaining() == 0) {
            throw DomainException.refused("free-quota-exhausted", "expansionPacks", "all " + limit()
                    + " free certificates of the account are used; buy an expansion pack for 20 more (R-SSL-4)");
        }
    }
}
