package com.cloudsub.domain.billing;

import com.cloudsub.domain.catalog.Rating;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.usage.DeductionOrder.PackUse;
import com.cloudsub.domain.usage.PackSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of a bill, able to explain itself: the quantity used of a meter in a region, what the free tier and
 * resource packs paid for (in deduction order), the resource it bills (a dedicated instance) if any, what was left for pay-as-you-go, the rating steps of the charge
 * model (tiers, allowance, minimum, unit prices), the price-book version that priced it and the rule behind it.
 * The amount is the rating rounded once (R-GEN-1).
 */
public record BillLine(String meter, String region, String resource, Quantity quantity, List<PackUse> packUses, Quantity payg, List<Rating.Step> steps,
                       String priceVersion, String rule, Money amount) {

    /** The rule each meter is billed by, named on the line and in the ledger (R-GEN-6). */
    public static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("ssm.secret", "R-SSM-L1"),
            Map.entry("ssm.api-call", "R-SSM-L4"),
            Map.entry("kms.customer-key", "R-KMS-P1"),
            Map.entry("kms.service-key", "R-KMS-P2"),
            Map.entry("kms.api-call", "R-KMS-P3"),
            Map.entry("kms.exclusive.api-call", "R-KMS-2"),
            Map.entry("apigw.api-call", "R-APG-1"),
            Map.entry("apigw.traffic", "R-APG-2"),
            Map.entry("apigw.websocket-call", "R-APG-10"));

    public BillLine {
        Objects.requireNonNull(meter, "meter");
        Objects.requireNonNull(region, "region");
        packUses = List.copyOf(packUses);
        steps = List.copyOf(steps);
    }

    public static BillLine of(String meter, String region, String resource, Quantity quantity, List<PackUse> packUses, Quantity payg,
                              Rating rating, String priceVersion) {
        String rule = RULES.getOrDefault(meter, meter.startsWith("apigw.dedicated") ? "R-APG-8" : "R-BIL-1");
        return new BillLine(meter, region, resource, quantity, packUses, payg, rating.steps(), priceVersion, rule, rating.amount().rounded());
    }

    /** What the free tier paid for. */
    public Quantity freeTier() {
        return sum(PackSource.FREE_TIER);
    }

    /** What purchased packs paid for. */
    public Quantity fromPacks() {
        return sum(PackSource.PURCHASE);
    }

    private Quantity sum(PackSource source) {
        Quantity total = Quantity.zero(quantity.unit());
        for (PackUse use : packUses) {
            if (use.source() == source) {
                total = total.plus(use.quantity());
            }
        }
        return total;
    }

    /** The line in words, e.g. "apigw.api-call ap-guangzhou 5000000 CALL: … tier (0, 10000000] 5000000 CALL × 0.06 per 10000 CALL = 30". */
    public String explanation() {
        StringBuilder text = new StringBuilder(meter + " " + region + (resource == null ? "" : " " + resource) + " " + quantity);
        if (!packUses.isEmpty()) {
            text.append("; packs: ").append(packUses.stream()
                    .map(u -> u.packId() + " (" + u.source() + ") " + u.quantity()).collect(Collectors.joining(", ")));
        }
        text.append("; pay-as-you-go ").append(payg).append(": ");
        text.append(steps.stream().map(s -> s.description() + " " + s.quantity() + " × " + s.unitPrice().toPlainString()
                + " per " + s.per() + " = " + s.amount().amount().stripTrailingZeros().toPlainString()).collect(Collectors.joining("; ")));
        text.append("; total ").append(amount.toPlainString()).append(" (price version ").append(priceVersion).append(", ")
                .append(rule).append(")");
        return text.toString();
    }

    /** The lines' amounts added up: a bill's total (each line rounded once, R-GEN-1). */
    public static Money sum(List<BillLine> lines) {
        return lines.stream().map(BillLine::amount).reduce(Money.zero(Money.CNY), Money::plus);
    }
}
