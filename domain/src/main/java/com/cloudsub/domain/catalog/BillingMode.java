package com.cloudsub.domain.catalog;

/** How an edition is paid: prepaid for a term, from usage, or once. */
public enum BillingMode { PREPAID, PAY_AS_YOU_GO, ONE_TIME }
