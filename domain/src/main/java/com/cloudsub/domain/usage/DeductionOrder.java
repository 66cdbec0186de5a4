package com.cloudsub.domain.usage;

import com.cloudsub.domain.shared.Quantity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which packs pay for usage, in order (R-APG-4, A-38): the free-tier pack first, then purchased packs of the
 * same kind, earliest expiry first, then earliest purchase; what no pack covers is pay-as-you-go. Only packs
 * usable at the usage instant count (R-APG-5), and a call pack never pays traffic.
 */
public final class DeductionOrder {

    /** {@code quantity} taken from pack {@code packId}. */
    public record PackUse(String packId, PackSource source, Quantity quantity) {
    }

    /** How one quantity was paid: the packs it used, in order, and the part left for pay-as-you-go. */
    public record Deduction(List<PackUse> uses, Quantity payg) {
    }

    static final Comparator<ResourcePack> ORDER = Comparator
            .comparing((ResourcePack p) -> p.source() == PackSource.FREE_TIER ? 0 : 1)
            .thenComparing(ResourcePack::expiresAt)
            .thenComparing(ResourcePack::effectiveAt)
            .thenComparing(ResourcePack::id);

    private DeductionOrder() {
    }

    /** Takes {@code quantity} of {@code kind}, used at {@code at}, from {@code packs} (which it updates). */
    public static Deduction deduct(PackKind kind, Quantity quantity, Instant at, List<ResourcePack> packs) {
        List<ResourcePack> eligible = packs.stream()
                .filter(p -> p.kind() == kind && p.usableAt(at) && !p.remaining().isZero())
                .sorted(ORDER).toList();
        Quantity left = quantity.in(kind.unit());
        List<PackUse> uses = new ArrayList<>();
        for (ResourcePack pack : eligible) {
            if (left.isZero()) {
                break;
            }
            Quantity taken = pack.take(left);
            uses.add(new PackUse(pack.id(), pack.source(), taken));
            left = left.minusFloorZero(taken);
        }
        return new Deduction(uses, left);
    }
}
