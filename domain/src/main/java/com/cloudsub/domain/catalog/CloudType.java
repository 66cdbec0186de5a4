package com.cloudsub.domain.catalog;

/** The kind of cloud a region belongs to; pay-as-you-go KMS is priced by it (R-KMS-P1..P3). */
public enum CloudType { PUBLIC, FINANCE, GOVERNMENT }
