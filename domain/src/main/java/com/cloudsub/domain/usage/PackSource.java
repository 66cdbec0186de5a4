package com.cloudsub.domain.usage;

/** Where a resource pack came from: the free tier (R-APG-3) or a purchase (R-APG-5). */
public enum PackSource { FREE_TIER, PURCHASE }
