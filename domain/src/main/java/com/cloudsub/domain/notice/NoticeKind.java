package com.cloudsub.domain.notice;

/** The kinds of notice the platform sends (R-NOT-1, R-ACC-5). */
public enum NoticeKind {
    EXPIRY_WARNING,
    AUTO_RENEW_SUCCEEDED,
    AUTO_RENEW_FAILED,
    ARREARS_WARNING,
    SUSPENDED,
    RELEASED,
    REFUND_DECIDED,
    BUDGET_THRESHOLD_CROSSED,
    CERTIFICATE_RENEWAL_DUE,
    BALANCE_LOW
}
