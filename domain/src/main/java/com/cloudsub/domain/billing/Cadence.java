package com.cloudsub.domain.billing;

/** How often a product's pay-as-you-go usage is settled into bills (R-BIL-1). */
public enum Cadence { HOUR, MONTH }
