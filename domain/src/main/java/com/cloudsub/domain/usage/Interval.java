package com.cloudsub.domain.usage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A half-open span of time [start, end); {@code end} null means still open. */
public record Interval(Instant start, Instant end) {

    public Interval {
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + start + " .. " + end);
        }
    }

    /** The part of this interval inside [from, to), if any has a positive length. */
    public java.util.Optional<Interval> clip(Instant from, Instant to) {
        Instant s = start.isAfter(from) ? start : from;
        Instant e = end == null || end.isAfter(to) ? to : end;
        return e.isAfter(s) ? java.util.Optional.of(new Interval(s, e)) : java.util.Optional.empty();
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start) && (end == null || t.isBefore(end));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    /** {@code spans} minus every interval of {@code holes}, clipped to [from, to). */
    public static List<Interval> minus(List<Interval> spans, List<Interval> holes, Instant from, Instant to) {
        List<Interval> result = new ArrayList<>();
        for (Interval span : spans) {
            span.clip(from, to).ifPresent(result::add);
        }
        for (Interval hole : holes) {
            List<Interval> next = new ArrayList<>();
            for (Interval part : result) {
                Instant holeEnd = hole.end() == null ? Instant.MAX : hole.end();
                if (!hole.start().isBefore(part.end()) || !holeEnd.isAfter(part.start())) {
                    next.add(part);
                    continue;
                }
                if (hole.start().isAfter(part.start())) {
                    next.add(new Interval(part.start(), hole.start()));
                }
                if (holeEnd.isBefore(part.end())) {
                    next.add(new Interval(holeEnd, part.end()));
                }
            }
            result = next;
        }
        return result;
    }
}
