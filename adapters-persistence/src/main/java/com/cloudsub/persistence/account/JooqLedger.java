package com.cloudsub.persistence.account;

import static com.cloudsub.persistence.jooq.Tables.LEDGER_ENTRY;

import com.cloudsub.application.account.Ledger;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Append-only: entries are inserted, never updated or deleted. */
@Component
class JooqLedger implements Ledger {

    private final DSLContext dsl;
    private final Batch insert;

    JooqLedger(DSLContext dsl) {
        this.dsl = dsl;
        this.insert = new Batch(dsl, dsl.insertInto(LEDGER_ENTRY, LEDGER_ENTRY.ACCOUNT_ID, LEDGER_ENTRY.SUBSCRIPTION_ID, LEDGER_ENTRY.KIND,
                LEDGER_ENTRY.CURRENCY, LEDGER_ENTRY.CASH, LEDGER_ENTRY.GIFT, LEDGER_ENTRY.VOUCHER, LEDGER_ENTRY.RULE_ID,
                LEDGER_ENTRY.PRICE_VERSION, LEDGER_ENTRY.RECORDED_AT).values(Collections.nCopies(10, null)));
    }

    @Override
    public void record(Entry entry) {
        recordAll(List.of(entry));
    }

    @Override
    public void recordAll(List<Entry> entries) {
        insert.execute(entries, e -> new Object[] {e.accountId().value(), e.subscriptionId(), e.kind().name(),
                e.payment().cash().currency(), e.payment().cash().amount(), e.payment().gift().amount(),
                e.payment().voucher().amount(), e.rule(), e.priceVersion(), Times.utc(e.at())});
    }

    @Override
    public List<Entry> of(AccountId accountId) {
        return dsl.selectFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.ACCOUNT_ID.eq(accountId.value())).orderBy(LEDGER_ENTRY.ID)
                .fetch(r -> new Entry(accountId, r.getSubscriptionId(), Kind.valueOf(r.getKind()),
                        new Payment(Money.of(r.getCash(), r.getCurrency()), Money.of(r.getGift(), r.getCurrency()),
                                Money.of(r.getVoucher(), r.getCurrency())),
                        r.getRuleId(), r.getPriceVersion(), Times.instant(r.getRecordedAt())));
    }
}
