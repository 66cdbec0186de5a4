package com.cloudsub.persistence.account;

import static com.cloudsub.persistence.jooq.Tables.FROZEN_FUNDS_ENTRY;

import com.cloudsub.application.account.FrozenFunds;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.Money;
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

    JooqFrozenFunds(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void recordAll(List<Entry> entries) {
        for (Entry e : entries) {
            dsl.insertInto(FROZEN_FUNDS_ENTRY)
                    .set(FROZEN_FUNDS_ENTRY.ACCOUNT_ID, e.accountId().value())
                    .set(FROZEN_FUNDS_ENTRY.RESOURCE_ID, e.resourceId())
                    .set(FROZEN_FUNDS_ENTRY.KIND, e.kind().name())
                    .set(FROZEN_FUNDS_ENTRY.CURRENCY, e.amount().currency())
                    .set(FROZEN_FUNDS_ENTRY.AMOUNT, e.amount().amount())
                    .set(FROZEN_FUNDS_ENTRY.RULE_ID, e.rule())
                    .set(FROZEN_FUNDS_ENTRY.PRICE_VERSION, e.priceVersion())
                    .set(FROZEN_FUNDS_ENTRY.RECORDED_AT, Times.utc(e.at()))
                    .execute();
        }
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
