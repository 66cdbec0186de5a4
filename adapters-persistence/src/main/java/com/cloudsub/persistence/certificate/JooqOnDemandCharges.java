package com.cloudsub.persistence.certificate;

import static com.cloudsub.persistence.jooq.Tables.ON_DEMAND_ARREARS;
import static com.cloudsub.persistence.jooq.Tables.ON_DEMAND_CHARGE;
import static com.cloudsub.persistence.jooq.Tables.PRIVATE_CA;
import static com.cloudsub.persistence.jooq.Tables.PRIVATE_CERTIFICATE;

import com.cloudsub.application.certificate.OnDemandCharges;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.StaticInsert;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Charges are inserted, never changed; the cursors are the {@code settled_until} columns of private_ca and
 * private_certificate, moved with a compare-and-set on the value read, so of two concurrent settlements one moves them
 * and the other fails and rolls back.
 */
@Component
class JooqOnDemandCharges implements OnDemandCharges {

    private final DSLContext dsl;
    private final Batch moveCaCursor;
    private final Batch moveCertificateCursor;

    JooqOnDemandCharges(DSLContext dsl) {
        this.dsl = dsl;
        this.moveCaCursor = new Batch(dsl, dsl.update(PRIVATE_CA).set(PRIVATE_CA.SETTLED_UNTIL, (LocalDateTime) null)
                .where(PRIVATE_CA.ID.eq((String) null).and(PRIVATE_CA.SETTLED_UNTIL.eq((LocalDateTime) null))));
        this.moveCertificateCursor = new Batch(dsl, dsl.update(PRIVATE_CERTIFICATE).set(PRIVATE_CERTIFICATE.SETTLED_UNTIL, (LocalDateTime) null)
                .where(PRIVATE_CERTIFICATE.ID.eq((String) null).and(PRIVATE_CERTIFICATE.SETTLED_UNTIL.eq((LocalDateTime) null))));
    }

    @Override
    public List<AccountId> accountsDue(Instant hour, String afterId, int limit) {
        LocalDateTime before = Times.utc(hour);
        var cas = dsl.select(PRIVATE_CA.ACCOUNT_ID).from(PRIVATE_CA)
                .where(PRIVATE_CA.SETTLED_UNTIL.lt(before)).and(JooqPrivateCas.STILL_BILLED);
        var certificates = dsl.select(PRIVATE_CERTIFICATE.ACCOUNT_ID).from(PRIVATE_CERTIFICATE)
                .where(PRIVATE_CERTIFICATE.SETTLED_UNTIL.lt(before)).and(JooqPrivateCertificates.STILL_BILLED);
        var inArrears = dsl.select(ON_DEMAND_ARREARS.ACCOUNT_ID).from(ON_DEMAND_ARREARS);
        Table<?> due = cas.union(certificates).union(inArrears).asTable("due");
        Field<String> account = DSL.field(DSL.name("due", PRIVATE_CA.ACCOUNT_ID.getName()), String.class);
        return dsl.select(account).from(due).where(account.gt(afterId)).orderBy(account).limit(limit)
                .fetch(r -> new AccountId(r.value1()));
    }

    @Override
    public Map<String, Instant> settledUntil(Collection<AccountId> accountIds) {
        List<String> ids = accountIds.stream().map(AccountId::value).toList();
        Map<String, Instant> settled = new HashMap<>();
        dsl.select(PRIVATE_CA.ID, PRIVATE_CA.SETTLED_UNTIL).from(PRIVATE_CA).where(PRIVATE_CA.ACCOUNT_ID.in(ids))
                .unionAll(dsl.select(PRIVATE_CERTIFICATE.ID, PRIVATE_CERTIFICATE.SETTLED_UNTIL).from(PRIVATE_CERTIFICATE)
                        .where(PRIVATE_CERTIFICATE.ACCOUNT_ID.in(ids)))
                .forEach(r -> settled.put(r.value1(), Times.instant(r.value2())));
        return settled;
    }

    @Override
    public void settle(List<Charge> charges, List<Cursor> cursors) {
        if (!cursors.isEmpty()) {
            Map<Boolean, List<Cursor>> byTable = cursors.stream().collect(Collectors.partitioningBy(c -> c.resource() == Resource.PRIVATE_CA));
            Function<Cursor, Object[]> move = c -> new Object[] {Times.utc(c.to()), c.resourceId(), Times.utc(c.from())};
            int[] cas = moveCaCursor.execute(byTable.get(true), move);
            int[] certificates = moveCertificateCursor.execute(byTable.get(false), move);
            if (IntStream.concat(IntStream.of(cas), IntStream.of(certificates)).anyMatch(count -> count != 1)) {
                throw DomainException.conflict("settled-meanwhile", "another settlement settled these hours first; nothing is charged twice");
            }
        }
        if (charges.isEmpty()) {
            return;
        }
        StaticInsert insert = StaticInsert.into(ON_DEMAND_CHARGE, ON_DEMAND_CHARGE.RESOURCE_ID, ON_DEMAND_CHARGE.HOUR_START, ON_DEMAND_CHARGE.BACK_BILL,
                ON_DEMAND_CHARGE.ACCOUNT_ID, ON_DEMAND_CHARGE.ITEM_CODE, ON_DEMAND_CHARGE.USAGE_START, ON_DEMAND_CHARGE.USAGE_END,
                ON_DEMAND_CHARGE.SECONDS, ON_DEMAND_CHARGE.CURRENCY, ON_DEMAND_CHARGE.AMOUNT, ON_DEMAND_CHARGE.RULE_ID,
                ON_DEMAND_CHARGE.PRICE_VERSION, ON_DEMAND_CHARGE.SETTLED_AT);
        for (Charge c : charges) {
            insert.values(c.resourceId(), Times.utc(c.hour()), c.backBill(), c.accountId().value(), c.item(),
                    Times.utc(c.usageStart()), Times.utc(c.usageEnd()), c.seconds(), c.amount().currency(), c.amount().amount(),
                    c.rule(), c.priceVersion(), Times.utc(c.settledAt()));
        }
        insert.execute(dsl);
    }

    @Override
    public List<Charge> of(AccountId accountId, int limit) {
        return dsl.selectFrom(ON_DEMAND_CHARGE).where(ON_DEMAND_CHARGE.ACCOUNT_ID.eq(accountId.value()))
                .orderBy(ON_DEMAND_CHARGE.HOUR_START.desc(), ON_DEMAND_CHARGE.RESOURCE_ID, ON_DEMAND_CHARGE.BACK_BILL)
                .limit(limit)
                .fetch(r -> new Charge(r.getResourceId(), Times.instant(r.getHourStart()), r.getBackBill(), accountId, r.getItemCode(),
                        Times.instant(r.getUsageStart()), Times.instant(r.getUsageEnd()), r.getSeconds(),
                        Money.of(r.getAmount(), r.getCurrency()), r.getRuleId(), r.getPriceVersion(), Times.instant(r.getSettledAt())));
    }
}
