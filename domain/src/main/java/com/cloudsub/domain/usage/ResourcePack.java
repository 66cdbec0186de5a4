package com.cloudsub.domain.usage;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Quantity;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An amount of calls or traffic paid in advance (or granted by the free tier), usable in every region from
 * {@code effectiveAt} until {@code expiresAt} (R-APG-5: 30 × 24 h from purchase, E5). Settlement takes from it
 * in the deduction order (R-APG-4); a purchased pack can be refunded only while new, unused and valid (R-APG-6).
 */
public final class ResourcePack {

    public static final Duration VALIDITY = Duration.ofDays(30);

    public enum State { ACTIVE, REFUNDED }

    private final String id;
    private final AccountId accountId;
    private final PackKind kind;
    private final PackSource source;
    private final String item;
    private final Quantity total;
    private Quantity used;
    private final Instant effectiveAt;
    private final Instant expiresAt;
    private State state;
    private final Payment payment;
    private final String priceVersion;
    private final long version;

    public ResourcePack(String id, AccountId accountId, PackKind kind, PackSource source, String item, Quantity total, Quantity used,
                        Instant effectiveAt, Instant expiresAt, State state, Payment payment, String priceVersion, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.source = Objects.requireNonNull(source, "source");
        this.item = Objects.requireNonNull(item, "item");
        this.total = total.in(kind.unit());
        this.used = used.in(kind.unit());
        this.effectiveAt = Objects.requireNonNull(effectiveAt, "effectiveAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.state = Objects.requireNonNull(state, "state");
        this.payment = Objects.requireNonNull(payment, "payment");
        this.priceVersion = priceVersion;
        this.version = version;
    }

    /** A pack bought at {@code at}: effective at once, valid for 30 × 24 h (R-APG-5, E5). */
    public static ResourcePack purchased(String id, AccountId accountId, PackKind kind, String item, Quantity total, Instant at,
                                         Payment payment, String priceVersion) {
        return new ResourcePack(id, accountId, kind, PackSource.PURCHASE, item, total, Quantity.zero(kind.unit()), at,
                at.plus(VALIDITY), State.ACTIVE, payment, priceVersion, 0);
    }

    /** Usable for usage at {@code t}: active and effectiveAt ≤ t < expiresAt. */
    public boolean usableAt(Instant t) {
        return state == State.ACTIVE && !t.isBefore(effectiveAt) && t.isBefore(expiresAt);
    }

    public Quantity remaining() {
        return total.minusFloorZero(used);
    }

    /** Takes up to {@code wanted} from what is left; answers what it took. */
    public Quantity take(Quantity wanted) {
        Quantity taken = wanted.in(kind.unit()).min(remaining());
        used = used.plus(taken);
        return taken;
    }

    /** Refunds the pack: only a purchased, unused pack that is still valid (R-APG-6); refused with the reason otherwise. */
    public void refund(Instant now) {
        if (source == PackSource.FREE_TIER) {
            throw DomainException.refused("pack-not-refundable", "packId", "a free-tier pack is not refundable (R-APG-6)");
        }
        if (state != State.ACTIVE) {
            throw DomainException.conflict("pack-refunded", "pack " + id + " is already refunded");
        }
        if (!used.isZero()) {
            throw DomainException.refused("pack-used", "packId", "pack " + id + " has been used (" + used + "); only unused packs are refundable (R-APG-6)");
        }
        if (!now.isBefore(expiresAt)) {
            throw DomainException.refused("pack-expired", "packId", "pack " + id + " expired at " + expiresAt + " (R-APG-6)");
        }
        state = State.REFUNDED;
    }

    public String id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public PackKind kind() {
        return kind;
    }

    public PackSource source() {
        return source;
    }

    public String item() {
        return item;
    }

    public Quantity total() {
        return total;
    }

    public Quantity used() {
        return used;
    }

    public Instant effectiveAt() {
        return effectiveAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public State state() {
        return state;
    }

    public Payment payment() {
        return payment;
    }

    public String priceVersion() {
        return priceVersion;
    }

    public long version() {
        return version;
    }
}
