package com.cloudsub.domain.certificate;

import com.cloudsub.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a private CA costs in an interval {@code [from, to)} (R-PCA-1, R-PCA-2, R-PCA-4, A-52, A-53, A-56), read from its
 * history of states.
 * <ul>
 *   <li>Billed states: ACTIVE, DISABLED, EXPIRED; PENDING_ACTIVATION too for a root CA, which is billed from creation.
 *   A subordinate CA is billed from activation.</li>
 *   <li>SCHEDULED_DELETION is not billed, unless the deletion is cancelled: then the whole scheduled span
 *   {@code [t_del, t_cancel)} is back-billed as one line in the interval that holds the cancellation.</li>
 *   <li>Each line is hourly price × seconds / 3600, rounded once.</li>
 * </ul>
 * Arrears are the caller's concern: nothing is billed from the day the account's resources freeze
 * ({@link OnDemandArrears#billableUntil()}).
 */
public final class CaBilling {

    private CaBilling() {
    }

    public static boolean billed(CaKind kind, CaState state) {
        return switch (state) {
            case ACTIVE, DISABLED, EXPIRED -> true;
            case PENDING_ACTIVATION -> kind == CaKind.ROOT;
            case SCHEDULED_DELETION, REVOKED, DELETED -> false;
        };
    }

    /** The usage line for the billed seconds in {@code [from, to)} (if any), then one back-billed line per cancellation in it. */
    public static List<UsageLine> bill(PrivateCa ca, Instant from, Instant to, Money hourlyPrice) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + from + " .. " + to);
        }
        List<CaStateChange> history = ca.history();
        long usage = 0;
        List<UsageLine> backBills = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            CaStateChange change = history.get(i);
            CaStateChange next = i + 1 < history.size() ? history.get(i + 1) : null;
            Instant end = next == null ? to : next.at();
            if (billed(ca.kind(), change.state())) {
                usage += overlapSeconds(change.at(), end, from, to);
            }
            boolean cancelled = change.state() == CaState.SCHEDULED_DELETION && next != null
                    && next.state() != CaState.DELETED;
            if (cancelled && !next.at().isBefore(from) && next.at().isBefore(to)) {
                long seconds = Duration.between(change.at(), next.at()).getSeconds();
                backBills.add(UsageLine.of(change.at(), next.at(), seconds, hourlyPrice, true));
            }
        }
        List<UsageLine> lines = new ArrayList<>();
        if (usage > 0) {
            lines.add(UsageLine.of(from, to, usage, hourlyPrice, false));
        }
        lines.addAll(backBills);
        return lines;
    }

    /** All seconds charged in {@code [from, to)}: usage plus back-billed spans. */
    public static long billedSeconds(PrivateCa ca, Instant from, Instant to) {
        return bill(ca, from, to, Money.zero(Money.CNY)).stream().mapToLong(UsageLine::seconds).sum();
    }

    static long overlapSeconds(Instant start, Instant end, Instant from, Instant to) {
        Instant s = start.isAfter(from) ? start : from;
        Instant e = end.isBefore(to) ? end : to;
        return e.isAfter(s) ? Duration.between(s, e).getSeconds() : 0;
    }
}
