package com.cloudsub.application.catalog;

import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.catalog.ChargeModel;
import com.cloudsub.domain.catalog.FreeAllowance;
import com.cloudsub.domain.catalog.Graduated;
import com.cloudsub.domain.catalog.PriceKey;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.shared.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An operator schedules a new unit price for one price item in one region class, effective at a future instant
 * (R-SUB-8: purchases and renewals from then on use it; running terms keep theirs). The new price-book version and its
 * audit entry are written in one transaction.
 */
public class SchedulePrice {

    public record Command(String operator, String item, String regionClass, BigDecimal unitPrice, Instant effectiveFrom,
                          String reason) {
        public Command {
            if (item == null || item.isBlank()) {
                throw DomainException.invalid("item", "name the price item");
            }
            if (regionClass == null || regionClass.isBlank()) {
                throw DomainException.invalid("regionClass", "name the region class");
            }
            if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.stripTrailingZeros().scale() > 6
                    || unitPrice.compareTo(new BigDecimal("999999999999")) > 0) {
                throw DomainException.invalid("unitPrice", "a unit price is 0 or more, with at most 6 decimals");
            }
            if (effectiveFrom == null) {
                throw DomainException.invalid("effectiveFrom", "give the instant the price takes effect");
            }
            if (reason == null || reason.isBlank()) {
                throw DomainException.invalid("reason", "say why the price changes (1 to " + AuditLog.MAX_REASON + " characters)");
            }
        }
    }

    private final Catalogs catalogs;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public SchedulePrice(Catalogs catalogs, AuditLog audit, Transactions transactions, Clock clock) {
        this.catalogs = catalogs;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Answers the new version's id. */
    public String schedule(Command command) {
        Instant now = clock.instant();
        if (!command.effectiveFrom().isAfter(now)) {
            throw DomainException.invalid("effectiveFrom", "a new price takes effect in the future (after " + now + ")");
        }
        PriceKey key = new PriceKey(command.item(), command.regionClass());
        ResolvedPrice current = catalogs.current().priceBook().priceAt(key, command.effectiveFrom())
                .orElseThrow(() -> DomainException.notFound("item", "no price for " + command.item() + " in " + command.regionClass()));
        ChargeModel model = current.model() instanceof FreeAllowance allowance ? allowance.then() : current.model();
        if (model instanceof Graduated) {
            throw DomainException.refused("tiered-price", "item", "tiered prices change by a price-book migration, not here");
        }
        String versionId = "op-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return transactions.inTransaction(() -> {
            catalogs.addVersion(versionId, command.effectiveFrom(), "scheduled by " + command.operator() + ": " + command.reason(),
                    key, current.versionId(), command.unitPrice(), now);
            audit.record(new AuditLog.Entry(command.operator(), AuditLog.Action.PRICE_SCHEDULED, command.item() + "/" + command.regionClass(),
                    "unit price " + command.unitPrice().toPlainString() + " from " + command.effectiveFrom() + " (version " + versionId
                            + ", copied from " + current.versionId() + ")", command.reason(), now));
            return versionId;
        });
    }
}
