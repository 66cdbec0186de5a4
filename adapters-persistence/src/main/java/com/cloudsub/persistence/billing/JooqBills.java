package com.cloudsub.persistence.billing;

import static com.cloudsub.persistence.jooq.Tables.BILL;
import static com.cloudsub.persistence.jooq.Tables.BILL_LINE;

import com.cloudsub.application.billing.Bills;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.billing.Bill;
import com.cloudsub.domain.billing.BillLine;
import com.cloudsub.domain.billing.Cadence;
import com.cloudsub.domain.catalog.Rating;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.DeductionOrder.PackUse;
import com.cloudsub.domain.usage.PackSource;
import com.cloudsub.persistence.jooq.tables.records.BillLineRecord;
import com.cloudsub.persistence.jooq.tables.records.BillRecord;
import com.cloudsub.persistence.shared.StaticInsert;
import com.cloudsub.persistence.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Bills and lines in two multi-row inserts per page, written as text ({@link StaticInsert}); a line's pack uses and
 * rating steps are stored as tab-separated text.
 */
@Component
class JooqBills implements Bills {

    private final DSLContext dsl;

    JooqBills(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void addAll(List<Bill> bills) {
        if (bills.isEmpty()) {
            return;
        }
        StaticInsert bill = StaticInsert.into(BILL, BILL.ID, BILL.ACCOUNT_ID, BILL.PRODUCT_CODE, BILL.CADENCE, BILL.PERIOD_START, BILL.PERIOD_END,
                BILL.CURRENCY, BILL.TOTAL, BILL.CASH, BILL.GIFT, BILL.SETTLED_AT);
        StaticInsert line = StaticInsert.into(BILL_LINE, BILL_LINE.BILL_ID, BILL_LINE.SEQ, BILL_LINE.METER, BILL_LINE.REGION_CODE, BILL_LINE.RESOURCE_ID,
                BILL_LINE.UNIT, BILL_LINE.QUANTITY, BILL_LINE.PAYG_QUANTITY, BILL_LINE.PACK_USES, BILL_LINE.STEPS, BILL_LINE.PRICE_VERSION,
                BILL_LINE.RULE_ID, BILL_LINE.AMOUNT);
        for (Bill b : bills) {
            bill.values(b.id(), b.accountId().value(), b.product(), b.cadence().name(), Times.utc(b.periodStart()),
                    Times.utc(b.periodEnd()), Money.CNY, b.total().amount(), b.payment().cash().amount(), b.payment().gift().amount(),
                    Times.utc(b.settledAt()));
            int seq = 0;
            for (BillLine l : b.lines()) {
                line.values(b.id(), seq++, l.meter(), l.region(), l.resource(), l.quantity().unit().name(), l.quantity().amount(),
                        l.payg().in(l.quantity().unit()).amount(), packUses(l.packUses()), steps(l.steps()), l.priceVersion(), l.rule(),
                        l.amount().amount());
            }
        }
        try {
            bill.execute(dsl);
        } catch (DataIntegrityViolationException e) {
            throw DomainException.conflict("already-settled", "another run settled one of these periods meanwhile");
        }
        line.execute(dsl);
    }

    @Override
    public Set<AccountId> billed(Collection<AccountId> accounts, String product, Cadence cadence, Instant periodStart) {
        return dsl.select(BILL.ACCOUNT_ID).from(BILL)
                .where(BILL.ACCOUNT_ID.in(ids(accounts)).and(BILL.PRODUCT_CODE.eq(product)).and(BILL.CADENCE.eq(cadence.name()))
                        .and(BILL.PERIOD_START.eq(Times.utc(periodStart))))
                .fetchSet(r -> new AccountId(r.value1()));
    }

    @Override
    public Map<AccountId, Quantity> paygBilled(Collection<AccountId> accounts, String meter, Instant from, Instant to) {
        Map<AccountId, Quantity> sums = new HashMap<>();
        // Bills first (by the account's unique period index), then their lines by key: left to itself the optimizer has
        // scanned every bill line of every account for each page of a settlement (docs/benchmarks.md).
        dsl.select(BILL.ACCOUNT_ID, BILL_LINE.UNIT, DSL.sum(BILL_LINE.PAYG_QUANTITY)).from(BILL.forceIndex("ux_bill_period"))
                .straightJoin(BILL_LINE).on(BILL_LINE.BILL_ID.eq(BILL.ID))
                .where(BILL.ACCOUNT_ID.in(ids(accounts)).and(BILL.CADENCE.eq(Cadence.HOUR.name())).and(BILL_LINE.METER.eq(meter))
                        .and(BILL.PERIOD_START.ge(Times.utc(from))).and(BILL.PERIOD_START.lt(Times.utc(to))))
                .groupBy(BILL.ACCOUNT_ID, BILL_LINE.UNIT)
                .forEach(r -> sums.merge(new AccountId(r.value1()), new Quantity(r.value3(), Unit.valueOf(r.value2())), Quantity::plus));
        return sums;
    }

    @Override
    public Optional<Bill> find(String id) {
        return load(dsl.selectFrom(BILL).where(BILL.ID.eq(id)).fetch()).stream().findFirst();
    }

    @Override
    public List<Bill> of(AccountId account, Instant from, Instant to, int limit) {
        return load(dsl.selectFrom(BILL).where(BILL.ACCOUNT_ID.eq(account.value()).and(BILL.PERIOD_START.ge(Times.utc(from)))
                .and(BILL.PERIOD_START.lt(Times.utc(to)))).orderBy(BILL.PERIOD_START.desc(), BILL.PRODUCT_CODE).limit(limit).fetch());
    }

    @Override
    public Map<String, Money> totals(AccountId account, String region, Instant from, Instant to) {
        Map<String, Money> totals = new HashMap<>();
        var period = BILL.ACCOUNT_ID.eq(account.value()).and(BILL.PERIOD_START.ge(Times.utc(from))).and(BILL.PERIOD_START.lt(Times.utc(to)));
        if (region == null) {
            dsl.select(BILL.PRODUCT_CODE, DSL.sum(BILL.TOTAL)).from(BILL).where(period).groupBy(BILL.PRODUCT_CODE)
                    .forEach(r -> totals.put(r.value1(), Money.cny(r.value2())));
        } else {
            dsl.select(BILL.PRODUCT_CODE, DSL.sum(BILL_LINE.AMOUNT)).from(BILL).join(BILL_LINE).on(BILL_LINE.BILL_ID.eq(BILL.ID))
                    .where(period.and(BILL_LINE.REGION_CODE.eq(region))).groupBy(BILL.PRODUCT_CODE)
                    .forEach(r -> totals.put(r.value1(), Money.cny(r.value2())));
        }
        return totals;
    }

    private List<Bill> load(List<BillRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<BillLine>> lines = dsl.selectFrom(BILL_LINE).where(BILL_LINE.BILL_ID.in(rows.stream().map(BillRecord::getId).toList()))
                .orderBy(BILL_LINE.BILL_ID, BILL_LINE.SEQ).fetch().stream()
                .collect(Collectors.groupingBy(BillLineRecord::getBillId, Collectors.mapping(JooqBills::line, Collectors.toList())));
        List<Bill> bills = new ArrayList<>();
        for (BillRecord r : rows) {
            Money zero = Money.zero(r.getCurrency());
            bills.add(new Bill(r.getId(), new AccountId(r.getAccountId()), r.getProductCode(), Cadence.valueOf(r.getCadence()),
                    Times.instant(r.getPeriodStart()), Times.instant(r.getPeriodEnd()), lines.getOrDefault(r.getId(), List.of()),
                    new Payment(Money.of(cents(r.getCash()), r.getCurrency()), Money.of(cents(r.getGift()), r.getCurrency()), zero),
                    Times.instant(r.getSettledAt())));
        }
        return bills;
    }

    private static BillLine line(BillLineRecord r) {
        Unit unit = Unit.valueOf(r.getUnit());
        List<PackUse> uses = r.getPackUses().isEmpty() ? List.of() : Arrays.stream(r.getPackUses().split("\n")).map(text -> {
            String[] f = text.split("\t");
            return new PackUse(f[0], PackSource.valueOf(f[1]), new Quantity(plain(new BigDecimal(f[2])), Unit.valueOf(f[3])));
        }).toList();
        List<Rating.Step> steps = r.getSteps().isEmpty() ? List.of() : Arrays.stream(r.getSteps().split("\n")).map(text -> {
            String[] f = text.split("\t");
            return new Rating.Step(f[0], new Quantity(new BigDecimal(f[1]), Unit.valueOf(f[2])), Money.cny(f[3]),
                    new Quantity(new BigDecimal(f[4]), Unit.valueOf(f[5])), Money.cny(f[6]));
        }).toList();
        return new BillLine(r.getMeter(), r.getRegionCode(), r.getResourceId(), new Quantity(plain(r.getQuantity()), unit), uses,
                new Quantity(plain(r.getPaygQuantity()), unit), steps, r.getPriceVersion(), r.getRuleId(), Money.cny(cents(r.getAmount())));
    }

    /** Bill amounts are whole cents (rounded once when rated, R-GEN-1); the column keeps six decimals. */
    private static BigDecimal cents(BigDecimal stored) {
        return stored.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static BigDecimal plain(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String packUses(List<PackUse> uses) {
        return uses.stream().map(u -> u.packId() + "\t" + u.source() + "\t" + u.quantity().amount().toPlainString() + "\t" + u.quantity().unit())
                .collect(Collectors.joining("\n"));
    }

    private static String steps(List<Rating.Step> steps) {
        return steps.stream().map(s -> s.description().replace('\t', ' ').replace('\n', ' ') + "\t" + s.quantity().amount().toPlainString()
                + "\t" + s.quantity().unit() + "\t" + s.unitPrice().toPlainString() + "\t" + s.per().amount().toPlainString() + "\t"
                + s.per().unit() + "\t" + s.amount().toPlainString()).collect(Collectors.joining("\n"));
    }

    private static List<String> ids(Collection<AccountId> accounts) {
        return accounts.stream().map(AccountId::value).toList();
    }
}
