package com.cloudsub.domain.usage;

/** The states of a pay-as-you-go resource (secrets, KMS keys, dedicated API gateway instances). */
public enum ResourceState { ENABLED, DISABLED, PENDING_DELETION, DELETED, RUNNING, RELEASED }
