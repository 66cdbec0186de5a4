package com.cloudsub.domain.subscription;

/**
 * A prepaid subscription's lifecycle (R-SUB-2..6, R-REF-4): ACTIVE until E; SUSPENDED at E + 24 h
 * (restorable by renewal); RELEASED after the retention period (final). A refunded API gateway instance is
 * ISOLATED for 7 days, then DESTROYED (final); a refunded KMS or no-reason refund ends it as REFUNDED.
 */
public enum SubscriptionState { ACTIVE, SUSPENDED, RELEASED, ISOLATED, DESTROYED, REFUNDED }
