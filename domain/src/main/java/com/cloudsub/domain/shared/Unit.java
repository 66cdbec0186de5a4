package com.cloudsub.domain.shared;

import java.math.BigDecimal;

/**
 * Units a quantity is measured in. Units of one dimension convert exactly into each other;
 * traffic is 1024-based (R-GEN-3): 1 GB = 1024 MB = 1024² KB = 1024³ bytes.
 */
public enum Unit {
    CALL(Dimension.CALLS, 1),
    BYTE(Dimension.DATA, 1),
    KILOBYTE(Dimension.DATA, 1024L),
    MEGABYTE(Dimension.DATA, 1024L * 1024),
    GIGABYTE(Dimension.DATA, 1024L * 1024 * 1024),
    SECOND(Dimension.TIME, 1),
    HOUR(Dimension.TIME, 3600),
    /** One resource held for one billing day: key-days, secret-days. */
    UNIT_DAY(Dimension.RESOURCE_DAYS, 1),
    MONTH(Dimension.TERM, 1),
    YEAR(Dimension.TERM, 12),
    PIECE(Dimension.COUNT, 1);

    public enum Dimension { CALLS, DATA, TIME, RESOURCE_DAYS, TERM, COUNT }

    private final Dimension dimension;
    private final BigDecimal base;

    Unit(Dimension dimension, long base) {
        this.dimension = dimension;
        this.base = BigDecimal.valueOf(base);
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many of the dimension's smallest unit one of this unit holds. */
    public BigDecimal base() {
        return base;
    }
}
