package com.cloudsub.persistence.subscription;

import static com.cloudsub.persistence.jooq.Tables.SUBSCRIPTION;

import com.cloudsub.application.subscription.Subscriptions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.subscription.ProductTerms;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.domain.subscription.SubscriptionState;
import com.cloudsub.persistence.jooq.tables.records.SubscriptionRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

@Component
class JooqSubscriptions implements Subscriptions {

    private final DSLContext dsl;
    private final Batch insert;
    private final Batch update;

    JooqSubscriptions(DSLContext dsl) {
        this.dsl = dsl;
        this.insert = new Batch(dsl, dsl.insertInto(SUBSCRIPTION, SUBSCRIPTION.ID, SUBSCRIPTION.ACCOUNT_ID, SUBSCRIPTION.PRODUCT_CODE,
                SUBSCRIPTION.EDITION_CODE, SUBSCRIPTION.REGION_CODE, SUBSCRIPTION.ADD_ONS, SUBSCRIPTION.STATE, SUBSCRIPTION.PURCHASED_AT,
                SUBSCRIPTION.ENDS_AT, SUBSCRIPTION.SUSPENDED_AT, SUBSCRIPTION.ISOLATED_AT, SUBSCRIPTION.AUTO_RENEW,
                SUBSCRIPTION.AUTO_RENEW_MONTHS, SUBSCRIPTION.VERSION).values(java.util.Collections.nCopies(14, null)));
        this.update = new Batch(dsl, dsl.update(SUBSCRIPTION)
                .set(SUBSCRIPTION.ADD_ONS, (String) null)
                .set(SUBSCRIPTION.STATE, (String) null)
                .set(SUBSCRIPTION.ENDS_AT, (LocalDateTime) null)
                .set(SUBSCRIPTION.SUSPENDED_AT, (LocalDateTime) null)
                .set(SUBSCRIPTION.ISOLATED_AT, (LocalDateTime) null)
                .set(SUBSCRIPTION.AUTO_RENEW, (Boolean) null)
                .set(SUBSCRIPTION.AUTO_RENEW_MONTHS, (Integer) null)
                .set(SUBSCRIPTION.VERSION, (Long) null)
                .where(SUBSCRIPTION.ID.eq((String) null).and(SUBSCRIPTION.VERSION.eq((Long) null))));
    }

    @Override
    public Optional<Subscription> find(SubscriptionId id) {
        return dsl.selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.ID.eq(id.value())).fetchOptional(JooqSubscriptions::map);
    }

    @Override
    public void add(Subscription s) {
        insert.executeOne(s.id().value(), s.accountId().value(), s.product(), s.edition(), s.region(), addOns(s), s.state().name(),
                Times.utc(s.purchasedAt()), Times.utc(s.endsAt()), Times.utc(s.suspendedAt()), Times.utc(s.isolatedAt()), s.autoRenew(),
                s.autoRenewMonths(), 0L);
    }

    @Override
    public void update(Subscription s) {
        updateAll(List.of(s));
    }

    @Override
    public void updateAll(Collection<Subscription> changed) {
        int[] counts = update.execute(changed, s -> new Object[] {addOns(s), s.state().name(), Times.utc(s.endsAt()),
                Times.utc(s.suspendedAt()), Times.utc(s.isolatedAt()), s.autoRenew(), s.autoRenewMonths(), s.version() + 1,
                s.id().value(), s.version()});
        Batch.requireEachUpdated(counts, "a subscription");
    }

    @Override
    public List<Subscription> ofAccount(AccountId accountId) {
        return dsl.selectFrom(SUBSCRIPTION).where(SUBSCRIPTION.ACCOUNT_ID.eq(accountId.value()))
                .orderBy(SUBSCRIPTION.PURCHASED_AT.desc()).fetch(JooqSubscriptions::map);
    }

    @Override
    public List<Subscription> dueForLifecycle(Instant now, String afterId, int limit, int share, int shares) {
        return dsl.selectFrom(SUBSCRIPTION)
                .where(SUBSCRIPTION.ID.gt(afterId))
                .and(shares == 1 ? DSL.noCondition() : DSL.condition("MOD(CRC32({0}), {1}) = {2}", SUBSCRIPTION.ACCOUNT_ID,
                        DSL.inline(shares), DSL.inline(share)))
                .and(SUBSCRIPTION.STATE.eq("ACTIVE").and(SUBSCRIPTION.ENDS_AT.le(Times.utc(now.plus(ProductTerms.WARNING_AHEAD))))
                        .or(SUBSCRIPTION.STATE.in("SUSPENDED", "ISOLATED")))
                .orderBy(SUBSCRIPTION.ID)
                .limit(limit)
                .fetch(JooqSubscriptions::map);
    }

    private static String addOns(Subscription s) {
        return new TreeMap<>(s.addOns()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    static Subscription map(SubscriptionRecord r) {
        Map<String, Integer> addOns = Arrays.stream(r.getAddOns().split(",")).filter(p -> !p.isBlank())
                .map(p -> p.split("=")).collect(Collectors.toMap(p -> p[0], p -> Integer.parseInt(p[1])));
        return new Subscription(new SubscriptionId(r.getId()), new AccountId(r.getAccountId()), r.getProductCode(),
                r.getEditionCode(), r.getRegionCode(), addOns, SubscriptionState.valueOf(r.getState()),
                Times.instant(r.getPurchasedAt()), Times.instant(r.getEndsAt()), Times.instant(r.getSuspendedAt()),
                Times.instant(r.getIsolatedAt()), r.getAutoRenew(), r.getAutoRenewMonths(), r.getVersion());
    }
}
