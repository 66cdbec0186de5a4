package com.cloudsub.domain.certificate;

/** What can be done to an SSL certificate, each leading to one state (R-SSL-3). */
public enum SslAction {
    APPLY(SslState.VALIDATING),
    WITHDRAW(SslState.PENDING_APPLICATION),
    ISSUE(SslState.ISSUED),
    EXPIRE(SslState.EXPIRED),
    REVOKE(SslState.REVOKED),
    /** Unsubscribe within 7 × 24 h of payment, paid certificates only (R-SSL-8, {@link SslRefundPolicy}). */
    REFUND(SslState.REFUNDED);

    private final SslState target;

    SslAction(SslState target) {
        this.target = target;
    }

    public SslState target() {
        return target;
    }
}
