package com.cloudsub.domain.certificate;

/**
 * A private CA's lifecycle (R-PCA-1, R-PCA-3). Billed: ACTIVE, DISABLED (issuing off, revocation and CRL still on),
 * EXPIRED (no issuing, still counts against quota); PENDING_ACTIVATION only for a root CA. Not billed:
 * SCHEDULED_DELETION (unless cancelled, R-PCA-4), REVOKED (subordinates only), DELETED. See {@link CaBilling}.
 */
public enum CaState { PENDING_ACTIVATION, ACTIVE, DISABLED, SCHEDULED_DELETION, EXPIRED, REVOKED, DELETED }
