package com.cloudsub.domain.certificate;

/**
 * An SSL certificate's lifecycle (R-SSL-3): PENDING_APPLICATION → VALIDATING (domain / organisation validation)
 * → ISSUED → EXPIRED; ISSUED → REVOKED; a VALIDATING application can be withdrawn to PENDING_APPLICATION.
 * A paid certificate PENDING_APPLICATION or REVOKED can be refunded within 7 × 24 h (R-SSL-8): it is then REFUNDED,
 * deleted for good. EXPIRED and REFUNDED are final; REVOKED is final but for the refund.
 */
public enum SslState { PENDING_APPLICATION, VALIDATING, ISSUED, EXPIRED, REVOKED, REFUNDED }
