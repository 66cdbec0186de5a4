package com.cloudsub.domain.usage;

import com.cloudsub.domain.shared.Unit;

/** What a resource pack pays for: shared-instance calls or outbound traffic; a call pack never pays traffic (R-APG-5). */
public enum PackKind {
    CALLS("apigw.api-call", Unit.CALL),
    TRAFFIC("apigw.traffic", Unit.BYTE);

    private final String meter;
    private final Unit unit;

    PackKind(String meter, Unit unit) {
        this.meter = meter;
        this.unit = unit;
    }

    public String meter() {
        return meter;
    }

    public Unit unit() {
        return unit;
    }

    /** The pack kind that pays for {@code meter}, if any. */
    public static java.util.Optional<PackKind> forMeter(String meter) {
        for (PackKind kind : values()) {
            if (kind.meter.equals(meter)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
