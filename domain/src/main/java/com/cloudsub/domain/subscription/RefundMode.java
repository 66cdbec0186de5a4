package com.cloudsub.domain.subscription;

/** How a product's prepaid refunds are handled (R-REF-3, R-REF-5). */
public enum RefundMode {
    /** Not refundable (SSM, KMS white-box). */
    NONE,
    /** Requested, reviewed by an operator, then paid (KMS). */
    REVIEW,
    /** Self-service and immediate; the instance is isolated, then destroyed (API gateway dedicated). */
    IMMEDIATE
}
