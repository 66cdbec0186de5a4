package com.cloudsub.domain.certificate;

/** What can be done to a private CA (R-PCA-1..4, A-55, A-66, A-67, A-70); {@link PrivateCa#TRANSITIONS} says when. */
public enum CaAction {
    ACTIVATE,
    DISABLE,
    /** Disabled → active again. */
    ENABLE,
    /** Delete with a delay of 7 to 30 days, only when DISABLED or EXPIRED (R-PCA-3, A-54). */
    SCHEDULE_DELETION,
    /** Back to the state before deletion, or EXPIRED if the validity ended meanwhile (R-PCA-4, A-55). */
    CANCEL_DELETION,
    /** The delay elapsed: the CA is deleted (R-PCA-3). */
    COMPLETE_DELETION,
    /** Subordinate CAs only, from ACTIVE or DISABLED. */
    REVOKE,
    /** The CA's validity ended. */
    EXPIRE,
    /** A CA never activated is deleted at once, with no delay. */
    DELETE_PENDING
}
