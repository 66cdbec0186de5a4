package com.cloudsub.domain.billing;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One account's pay-as-you-go use of one product: when it was opened (the API gateway free tier counts from it,
 * R-APG-3) and its arrears path (R-ACC-3, R-SSM-L6, R-KMS-5, R-KMS-P4, R-APG-9): NORMAL → ARREARS when a
 * settlement leaves the balance below zero → STOPPED at arrears + grace → RELEASED at stop + retention. A
 * top-up that clears the debt before release returns it to NORMAL. The stops it went through are kept, because
 * nothing is billed while stopped.
 */
public final class PaygService {

    private final AccountId accountId;
    private final String product;
    private final Instant openedAt;
    private ServiceState state;
    private Instant arrearsSince;
    private final List<Interval> stops;
    private Instant releasedAt;
    private final long version;

    public PaygService(AccountId accountId, String product, Instant openedAt, ServiceState state, Instant arrearsSince,
                       List<Interval> stops, Instant releasedAt, long version) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.product = Objects.requireNonNull(product, "product");
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.state = Objects.requireNonNull(state, "state");
        this.arrearsSince = arrearsSince;
        this.stops = new ArrayList<>(stops);
        this.releasedAt = releasedAt;
        this.version = version;
    }

    public static PaygService open(AccountId accountId, String product, Instant at) {
        PaygTerms.of(product);
        return new PaygService(accountId, product, at, ServiceState.NORMAL, null, List.of(), null, 0);
    }

    public PaygTerms terms() {
        return PaygTerms.of(product);
    }

    /** The balance fell below zero at {@code now}: a running service enters arrears (once until it is cleared). */
    public boolean enterArrears(Instant now) {
        if (state != ServiceState.NORMAL) {
            return false;
        }
        state = ServiceState.ARREARS;
        arrearsSince = now;
        return true;
    }

    public boolean stopDue(Instant now) {
        return state == ServiceState.ARREARS && !now.isBefore(arrearsSince.plus(terms().grace()));
    }

    /** Stops the service at arrears + grace exactly, whenever the job runs. */
    public Instant stop() {
        Instant at = arrearsSince.plus(terms().grace());
        state = ServiceState.STOPPED;
        stops.add(new Interval(at, null));
        return at;
    }

    public boolean releaseDue(Instant now) {
        return state == ServiceState.STOPPED && now.isAfter(stoppedAt().plus(terms().retention()));
    }

    /** Releases the service (its resources are released with it); answers the release instant. */
    public Instant release() {
        releasedAt = stoppedAt().plus(terms().retention());
        state = ServiceState.RELEASED;
        return releasedAt;
    }

    /** The debt was cleared at {@code now}: a service in arrears or stopped (not yet released) runs again. */
    public boolean restore(Instant now) {
        if (state != ServiceState.ARREARS && state != ServiceState.STOPPED) {
            return false;
        }
        if (state == ServiceState.STOPPED) {
            Interval open = stops.remove(stops.size() - 1);
            stops.add(new Interval(open.start(), now));
        }
        state = ServiceState.NORMAL;
        arrearsSince = null;
        return true;
    }

    /** Whether the product may be used now: running, or in arrears where the product allows it (R-KMS-P4 refuses). */
    public boolean accessAllowed() {
        return state == ServiceState.NORMAL || state == ServiceState.ARREARS && terms().accessDuringArrears();
    }

    public Instant stoppedAt() {
        return stops.isEmpty() ? null : stops.get(stops.size() - 1).start();
    }

    public AccountId accountId() {
        return accountId;
    }

    public String product() {
        return product;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public ServiceState state() {
        return state;
    }

    public Instant arrearsSince() {
        return arrearsSince;
    }

    /** The spans the service was stopped, the last open while it still is (released services stay stopped). */
    public List<Interval> stops() {
        return List.copyOf(stops);
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public long version() {
        return version;
    }
}
