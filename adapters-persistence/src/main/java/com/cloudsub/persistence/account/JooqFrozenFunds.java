package com.cloudsub.persistence.account;

import static com.cloudsub.persistence.jooq.Tables.FROZEN_FUNDS_ENTRY;

import com.cloudsub.application.account.FrozenFunds;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqFrozenFunds implements FrozenFunds {

    private final DSLContext dsl;
    private final Batch insert;

    JooqFrozenFunds(DSLContext dsl) {
        this.dsl = dsl;
        this.insert = new Batch(dsl, dsl.insertInto(FROZEN_FUNDS_ENTRY, FROZEN_FUNDS_ENTRY.ACCOUNT_ID, FROZEN_FUNDS_ENTRY.RESOURCE_ID,
                FROZEN_FUNDS_ENTRY.KIND, FROZEN_FUNDS_ENTRY.CURRENCY, FROZEN_FUNDS_ENTRY.AMOUNT, FROZEN_FUNDS_ENTRY.RULE_ID,
                FROZEN_FUNDS_ENTRY.PRICE_VERSION, FROZEN_FUNDS_ENTRY.RECORDED_AT).values(java.util.Collections.nCopies(8, null)));
    }

    @Override
    public void recordAll(List<Entry> entries) {
        insert.execute(entries, e -> new Object[] {e.accountId().value(), e.resourceId(), e.kind().name(), e.amount().currency(),
                e.amount().amount(), e.rule(), e.priceVersion(), Times.utc(e.at())});
    }

    @Override
    public Map<String, Money> held(Collection<String> resourceIds) {
        Map<String, Money> held = new HashMap<>();
        if (resourceIds.isEmpty()) {
            return held;
        }
        dsl.selectFrom(FROZEN_FUNDS_ENTRY).where(FROZEN_FUNDS_ENTRY.RESOURCE_ID.in(resourceIds)).orderBy(FROZEN_FUNDS_ENTRY.ID).forEach(r -> {
            if (r.getKind().equals(Kind.FREEZE.name())) {
                held.put(r.getResourceId(), Money.of(r.getAmount(), r.getCurrency()));
            } else {
                held.remove(r.getResourceId());
            }
        });
        return held;
    }

    @Override
    public List<Entry> of(AccountId accountId) {
        return dsl.selectFrom(FROZEN_FUNDS_ENTRY).where(FROZEN_FUNDS_ENTRY.ACCOUNT_ID.eq(accountId.value())).orderBy(FROZEN_FUNDS_ENTRY.ID)
                .fetch(r -> new Entry(accountId, r.getResourceId(), Kind.valueOf(r.getKind()), Money.of(r.getAmount(), r.getCurrency()),
                        r.getRuleId(), r.getPriceVersion(), Times.instant(r.getRecordedAt())));
    }
}
