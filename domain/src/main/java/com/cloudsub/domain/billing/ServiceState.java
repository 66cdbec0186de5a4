package com.cloudsub.domain.billing;

/** A pay-as-you-go service's arrears state (REFERENCE 4.2): running, in arrears, stopped, released. */
public enum ServiceState { NORMAL, ARREARS, STOPPED, RELEASED }
