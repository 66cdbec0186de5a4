package com.cloudsub.domain.certificate;

/**
 * An SSL certificate's lifecycle (R-SSL-3): PENDING_APPLICATION → VALIDATING (domain / organisation validation)
 * → ISSUED → EXPIRED; ISSUED → REVOKED; a VALIDATING application can be withdrawn to PENDING_APPLICATION.
 * EXPIRED and REVOKED are final.
 */
public enum SslState { PENDING_APPLICATION, VALIDATING, ISSUED, EXPIRED, REVOKED }
