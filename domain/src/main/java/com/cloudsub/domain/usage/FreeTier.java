package com.cloudsub.domain.usage;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The API gateway free tier (R-APG-3, A-24): twelve consecutive cycles of exactly 30 × 24 h from the opening
 * instant; each grants 1,000,000 calls and 1 GB of traffic as free packs that expire at the cycle's end
 * (exclusive), with nothing carried over.
 */
public final class FreeTier {

    public static final Duration CYCLE = Duration.ofDays(30);
    public static final int CYCLES = 12;
    public static final Quantity CALLS = Quantity.calls(1_000_000);
    public static final Quantity TRAFFIC = Quantity.of(1, Unit.GIGABYTE);
    public static final String ITEM = "free-tier";

    /** Cycle {@code number} (0–11) runs [start, end). */
    public record Cycle(int number, Instant start, Instant end) {
    }

    private FreeTier() {
    }

    /** The cycle {@code t} falls in, if it is within the first twelve. */
    public static Optional<Cycle> cycleAt(Instant opened, Instant t) {
        if (t.isBefore(opened)) {
            return Optional.empty();
        }
        long n = Duration.between(opened, t).toSeconds() / CYCLE.toSeconds();
        if (n >= CYCLES) {
            return Optional.empty();
        }
        Instant start = opened.plus(CYCLE.multipliedBy(n));
        return Optional.of(new Cycle((int) n, start, start.plus(CYCLE)));
    }

    /** The cycles overlapping [from, to). */
    public static List<Cycle> cyclesIn(Instant opened, Instant from, Instant to) {
        List<Cycle> cycles = new ArrayList<>();
        Instant t = from.isBefore(opened) ? opened : from;
        while (t.isBefore(to)) {
            Optional<Cycle> cycle = cycleAt(opened, t);
            if (cycle.isEmpty()) {
                break;
            }
            cycles.add(cycle.get());
            t = cycle.get().end();
        }
        return cycles;
    }

    /** The free packs of one cycle; their ids are fixed by account and cycle, so they are created once. */
    public static List<ResourcePack> packs(AccountId account, Cycle cycle) {
        return List.of(pack(account, cycle, PackKind.CALLS, CALLS), pack(account, cycle, PackKind.TRAFFIC, TRAFFIC));
    }

    public static String packId(AccountId account, Cycle cycle, PackKind kind) {
        return "free-" + cycle.number() + "-" + kind.name().toLowerCase() + "-" + account.value();
    }

    private static ResourcePack pack(AccountId account, Cycle cycle, PackKind kind, Quantity total) {
        return new ResourcePack(packId(account, cycle, kind), account, kind, PackSource.FREE_TIER, ITEM, total, Quantity.zero(kind.unit()),
                cycle.start(), cycle.end(), ResourcePack.State.ACTIVE, Payment.none(), null, 0);
    }
}
