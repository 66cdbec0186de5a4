package com.cloudsub.persistence.usage;

import static com.cloudsub.persistence.jooq.Tables.PAYG_RESOURCE;
import static com.cloudsub.persistence.jooq.Tables.RESOURCE_STATE_CHANGE;

import com.cloudsub.application.usage.PaygResources;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import com.cloudsub.domain.usage.ResourceState;
import com.cloudsub.persistence.jooq.tables.records.PaygResourceRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** A resource row (current state, creation and end) plus its append-only state timeline. */
@Component
class JooqPaygResources implements PaygResources {

    private final DSLContext dsl;
    private final Batch update;

    JooqPaygResources(DSLContext dsl) {
        this.dsl = dsl;
        this.update = new Batch(dsl, dsl.update(PAYG_RESOURCE)
                .set(PAYG_RESOURCE.STATE, (String) null)
                .set(PAYG_RESOURCE.ENDED_AT, (LocalDateTime) null)
                .set(PAYG_RESOURCE.VERSION, (Long) null)
                .where(PAYG_RESOURCE.ID.eq((String) null).and(PAYG_RESOURCE.VERSION.eq((Long) null))));
    }

    @Override
    public void add(PaygResource r) {
        dsl.insertInto(PAYG_RESOURCE)
                .set(PAYG_RESOURCE.ID, r.id())
                .set(PAYG_RESOURCE.ACCOUNT_ID, r.accountId().value())
                .set(PAYG_RESOURCE.KIND, r.kind().name())
                .set(PAYG_RESOURCE.PRODUCT_CODE, r.kind().product())
                .set(PAYG_RESOURCE.REGION_CODE, r.region())
                .set(PAYG_RESOURCE.METER, r.meter())
                .set(PAYG_RESOURCE.STATE, r.state().name())
                .set(PAYG_RESOURCE.CREATED_AT, Times.utc(r.createdAt()))
                .set(PAYG_RESOURCE.VERSION, 0L)
                .execute();
        appendChanges(List.of(r), Map.of(r.id(), 0));
    }

    @Override
    public void updateAll(Collection<PaygResource> resources) {
        if (resources.isEmpty()) {
            return;
        }
        Map<String, Integer> stored = new HashMap<>();
        dsl.select(RESOURCE_STATE_CHANGE.RESOURCE_ID, DSL.count()).from(RESOURCE_STATE_CHANGE)
                .where(RESOURCE_STATE_CHANGE.RESOURCE_ID.in(resources.stream().map(PaygResource::id).toList()))
                .groupBy(RESOURCE_STATE_CHANGE.RESOURCE_ID).forEach(r -> stored.put(r.value1(), r.value2()));
        int[] counts = update.execute(resources, r -> new Object[] {r.state().name(), r.kind().ended(r.state()) ? Times.utc(r.changedAt()) : null,
                r.version() + 1, r.id(), r.version()});
        Batch.requireEachUpdated(counts, "a resource");
        appendChanges(resources, stored);
    }

    private void appendChanges(Collection<PaygResource> resources, Map<String, Integer> stored) {
        var insert = dsl.insertInto(RESOURCE_STATE_CHANGE, RESOURCE_STATE_CHANGE.RESOURCE_ID, RESOURCE_STATE_CHANGE.SEQ,
                RESOURCE_STATE_CHANGE.STATE, RESOURCE_STATE_CHANGE.CHANGED_AT);
        boolean any = false;
        for (PaygResource r : resources) {
            List<PaygResource.StateChange> changes = r.changes();
            for (int seq = stored.getOrDefault(r.id(), 0); seq < changes.size(); seq++) {
                insert = insert.values(r.id(), seq, changes.get(seq).state().name(), Times.utc(changes.get(seq).at()));
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    @Override
    public Optional<PaygResource> find(String id) {
        return load(PAYG_RESOURCE.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<PaygResource> of(AccountId account) {
        return load(PAYG_RESOURCE.ACCOUNT_ID.eq(account.value()));
    }

    @Override
    public int live(AccountId account, ResourceKind kind) {
        return dsl.fetchCount(PAYG_RESOURCE, PAYG_RESOURCE.ACCOUNT_ID.eq(account.value()).and(PAYG_RESOURCE.KIND.eq(kind.name()))
                .and(PAYG_RESOURCE.ENDED_AT.isNull()));
    }

    private static Condition existing(Collection<ResourceKind> kinds, Instant from, Instant to) {
        return PAYG_RESOURCE.KIND.in(kinds.stream().map(Enum::name).toList())
                .and(PAYG_RESOURCE.CREATED_AT.lt(Times.utc(to)))
                .and(PAYG_RESOURCE.ENDED_AT.isNull().or(PAYG_RESOURCE.ENDED_AT.gt(Times.utc(from))));
    }

    @Override
    public List<AccountId> accountsWith(Collection<ResourceKind> kinds, Instant from, Instant to) {
        return dsl.selectDistinct(PAYG_RESOURCE.ACCOUNT_ID).from(PAYG_RESOURCE).where(existing(kinds, from, to))
                .fetch(r -> new AccountId(r.value1()));
    }

    @Override
    public Map<AccountId, List<PaygResource>> existing(Collection<AccountId> accounts, Collection<ResourceKind> kinds, Instant from, Instant to) {
        Map<AccountId, List<PaygResource>> byAccount = new HashMap<>();
        if (accounts.isEmpty()) {
            return byAccount;
        }
        for (PaygResource r : load(PAYG_RESOURCE.ACCOUNT_ID.in(accounts.stream().map(AccountId::value).toList()).and(existing(kinds, from, to)))) {
            byAccount.computeIfAbsent(r.accountId(), k -> new ArrayList<>()).add(r);
        }
        return byAccount;
    }

    @Override
    public Optional<Instant> earliest(Collection<ResourceKind> kinds) {
        return Optional.ofNullable(dsl.select(DSL.min(PAYG_RESOURCE.CREATED_AT)).from(PAYG_RESOURCE)
                .where(PAYG_RESOURCE.KIND.in(kinds.stream().map(Enum::name).toList())).fetchOne(r -> Times.instant(r.value1())));
    }

    private List<PaygResource> load(Condition where) {
        List<PaygResourceRecord> rows = dsl.selectFrom(PAYG_RESOURCE).where(where).orderBy(PAYG_RESOURCE.CREATED_AT, PAYG_RESOURCE.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<PaygResource.StateChange>> changes = new HashMap<>();
        dsl.selectFrom(RESOURCE_STATE_CHANGE).where(RESOURCE_STATE_CHANGE.RESOURCE_ID.in(rows.stream().map(PaygResourceRecord::getId).toList()))
                .orderBy(RESOURCE_STATE_CHANGE.RESOURCE_ID, RESOURCE_STATE_CHANGE.SEQ)
                .forEach(c -> changes.computeIfAbsent(c.getResourceId(), k -> new ArrayList<>())
                        .add(new PaygResource.StateChange(ResourceState.valueOf(c.getState()), Times.instant(c.getChangedAt()))));
        return rows.stream().map(r -> new PaygResource(r.getId(), new AccountId(r.getAccountId()), ResourceKind.valueOf(r.getKind()),
                r.getRegionCode(), r.getMeter(), changes.get(r.getId()), r.getVersion())).toList();
    }
}
