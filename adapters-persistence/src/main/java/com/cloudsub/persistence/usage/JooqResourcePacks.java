package com.cloudsub.persistence.usage;

import static com.cloudsub.persistence.jooq.Tables.RESOURCE_PACK;

import com.cloudsub.application.usage.ResourcePacks;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.PackKind;
import com.cloudsub.domain.usage.PackSource;
import com.cloudsub.domain.usage.ResourcePack;
import com.cloudsub.persistence.jooq.tables.records.ResourcePackRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

@Component
class JooqResourcePacks implements ResourcePacks {

    private final DSLContext dsl;
    private final Batch update;

    JooqResourcePacks(DSLContext dsl) {
        this.dsl = dsl;
        this.update = new Batch(dsl, dsl.update(RESOURCE_PACK)
                .set(RESOURCE_PACK.USED, (BigDecimal) null)
                .set(RESOURCE_PACK.STATE, (String) null)
                .set(RESOURCE_PACK.VERSION, (Long) null)
                .where(RESOURCE_PACK.ID.eq((String) null).and(RESOURCE_PACK.VERSION.eq((Long) null))));
    }

    @Override
    public Map<AccountId, List<ResourcePack>> valid(Collection<AccountId> accounts, Instant from, Instant to) {
        Map<AccountId, List<ResourcePack>> byAccount = new HashMap<>();
        if (accounts.isEmpty()) {
            return byAccount;
        }
        dsl.selectFrom(RESOURCE_PACK).where(RESOURCE_PACK.ACCOUNT_ID.in(accounts.stream().map(AccountId::value).toList())
                        .and(RESOURCE_PACK.STATE.eq(ResourcePack.State.ACTIVE.name()))
                        .and(RESOURCE_PACK.EFFECTIVE_AT.lt(Times.utc(to))).and(RESOURCE_PACK.EXPIRES_AT.gt(Times.utc(from))))
                .forEach(r -> byAccount.computeIfAbsent(new AccountId(r.getAccountId()), k -> new ArrayList<>()).add(pack(r)));
        return byAccount;
    }

    @Override
    public void saveAll(Collection<ResourcePack> added, Collection<ResourcePack> changed) {
        if (!added.isEmpty()) {
            var insert = dsl.insertInto(RESOURCE_PACK, RESOURCE_PACK.ID, RESOURCE_PACK.ACCOUNT_ID, RESOURCE_PACK.KIND, RESOURCE_PACK.SOURCE,
                    RESOURCE_PACK.ITEM_CODE, RESOURCE_PACK.UNIT, RESOURCE_PACK.TOTAL, RESOURCE_PACK.USED, RESOURCE_PACK.EFFECTIVE_AT,
                    RESOURCE_PACK.EXPIRES_AT, RESOURCE_PACK.STATE, RESOURCE_PACK.CURRENCY, RESOURCE_PACK.CASH, RESOURCE_PACK.GIFT,
                    RESOURCE_PACK.VOUCHER, RESOURCE_PACK.PRICE_VERSION, RESOURCE_PACK.VERSION);
            for (ResourcePack p : added) {
                insert = insert.values(p.id(), p.accountId().value(), p.kind().name(), p.source().name(), p.item(), p.kind().unit().name(),
                        p.total().amount(), p.used().amount(), Times.utc(p.effectiveAt()), Times.utc(p.expiresAt()), p.state().name(),
                        Money.CNY, p.payment().cash().amount(), p.payment().gift().amount(), p.payment().voucher().amount(),
                        p.priceVersion(), 0L);
            }
            try {
                insert.execute();
            } catch (DataIntegrityViolationException e) {
                throw DomainException.conflict("pack-exists", "a free-tier pack was created by another run meanwhile");
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        int[] counts = update.execute(changed, p -> new Object[] {p.used().amount(), p.state().name(), p.version() + 1, p.id(), p.version()});
        Batch.requireEachUpdated(counts, "a resource pack");
    }

    @Override
    public Optional<ResourcePack> find(String id) {
        return dsl.selectFrom(RESOURCE_PACK).where(RESOURCE_PACK.ID.eq(id)).fetchOptional(JooqResourcePacks::pack);
    }

    @Override
    public List<ResourcePack> of(AccountId account) {
        return dsl.selectFrom(RESOURCE_PACK).where(RESOURCE_PACK.ACCOUNT_ID.eq(account.value()))
                .orderBy(RESOURCE_PACK.EFFECTIVE_AT.desc(), RESOURCE_PACK.ID).fetch(JooqResourcePacks::pack);
    }

    private static ResourcePack pack(ResourcePackRecord r) {
        Unit unit = Unit.valueOf(r.getUnit());
        return new ResourcePack(r.getId(), new AccountId(r.getAccountId()), PackKind.valueOf(r.getKind()), PackSource.valueOf(r.getSource()),
                r.getItemCode(), new Quantity(r.getTotal(), unit), new Quantity(r.getUsed(), unit), Times.instant(r.getEffectiveAt()),
                Times.instant(r.getExpiresAt()), ResourcePack.State.valueOf(r.getState()),
                new Payment(Money.of(r.getCash(), r.getCurrency()), Money.of(r.getGift(), r.getCurrency()), Money.of(r.getVoucher(), r.getCurrency())),
                r.getPriceVersion(), r.getVersion());
    }
}
