package com.cloudsub.persistence.billing;

import static com.cloudsub.persistence.jooq.Tables.PAYG_SERVICE;
import static com.cloudsub.persistence.jooq.Tables.SERVICE_STOP;

import com.cloudsub.application.billing.PaygServices;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.billing.ServiceState;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.usage.Interval;
import com.cloudsub.persistence.jooq.tables.records.PaygServiceRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

@Component
class JooqPaygServices implements PaygServices {

    private final DSLContext dsl;
    private final Batch restore;
    private final Batch update;

    JooqPaygServices(DSLContext dsl) {
        this.dsl = dsl;
        this.restore = new Batch(dsl, dsl.update(SERVICE_STOP).set(SERVICE_STOP.RESTORED_AT, (LocalDateTime) null)
                .where(SERVICE_STOP.ACCOUNT_ID.eq((String) null).and(SERVICE_STOP.PRODUCT_CODE.eq((String) null))
                        .and(SERVICE_STOP.STOPPED_AT.eq((LocalDateTime) null)).and(SERVICE_STOP.RESTORED_AT.isNull())));
        this.update = new Batch(dsl, dsl.update(PAYG_SERVICE)
                .set(PAYG_SERVICE.STATE, (String) null)
                .set(PAYG_SERVICE.ARREARS_SINCE, (LocalDateTime) null)
                .set(PAYG_SERVICE.RELEASED_AT, (LocalDateTime) null)
                .set(PAYG_SERVICE.VERSION, (Long) null)
                .where(PAYG_SERVICE.ACCOUNT_ID.eq((String) null).and(PAYG_SERVICE.PRODUCT_CODE.eq((String) null))
                        .and(PAYG_SERVICE.VERSION.eq((Long) null))));
    }

    @Override
    public Optional<PaygService> find(AccountId account, String product) {
        return load(PAYG_SERVICE.ACCOUNT_ID.eq(account.value()).and(PAYG_SERVICE.PRODUCT_CODE.eq(product))).stream().findFirst();
    }

    @Override
    public Map<AccountId, List<PaygService>> of(Collection<AccountId> accounts) {
        Map<AccountId, List<PaygService>> byAccount = new HashMap<>();
        if (accounts.isEmpty()) {
            return byAccount;
        }
        for (PaygService s : load(PAYG_SERVICE.ACCOUNT_ID.in(accounts.stream().map(AccountId::value).toList()))) {
            byAccount.computeIfAbsent(s.accountId(), k -> new ArrayList<>()).add(s);
        }
        return byAccount;
    }

    @Override
    public List<PaygService> inArrears() {
        return load(PAYG_SERVICE.STATE.in(ServiceState.ARREARS.name(), ServiceState.STOPPED.name()));
    }

    private List<PaygService> load(Condition where) {
        List<PaygServiceRecord> rows = dsl.selectFrom(PAYG_SERVICE).where(where).orderBy(PAYG_SERVICE.ACCOUNT_ID, PAYG_SERVICE.PRODUCT_CODE).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Interval>> stops = new HashMap<>();
        dsl.selectFrom(SERVICE_STOP).where(SERVICE_STOP.ACCOUNT_ID.in(rows.stream().map(PaygServiceRecord::getAccountId).distinct().toList()))
                .orderBy(SERVICE_STOP.STOPPED_AT)
                .forEach(s -> stops.computeIfAbsent(s.getAccountId() + "/" + s.getProductCode(), k -> new ArrayList<>())
                        .add(new Interval(Times.instant(s.getStoppedAt()), Times.instant(s.getRestoredAt()))));
        return rows.stream().map(r -> new PaygService(new AccountId(r.getAccountId()), r.getProductCode(), Times.instant(r.getOpenedAt()),
                ServiceState.valueOf(r.getState()), Times.instant(r.getArrearsSince()),
                stops.getOrDefault(r.getAccountId() + "/" + r.getProductCode(), List.of()), Times.instant(r.getReleasedAt()),
                r.getVersion())).toList();
    }

    @Override
    public void saveAll(Collection<PaygService> added, Collection<PaygService> changed) {
        if (!added.isEmpty()) {
            var insert = dsl.insertInto(PAYG_SERVICE, PAYG_SERVICE.ACCOUNT_ID, PAYG_SERVICE.PRODUCT_CODE, PAYG_SERVICE.OPENED_AT,
                    PAYG_SERVICE.STATE, PAYG_SERVICE.ARREARS_SINCE, PAYG_SERVICE.RELEASED_AT, PAYG_SERVICE.VERSION);
            for (PaygService s : added) {
                insert = insert.values(s.accountId().value(), s.product(), Times.utc(s.openedAt()), s.state().name(),
                        Times.utc(s.arrearsSince()), Times.utc(s.releasedAt()), 0L);
            }
            try {
                insert.execute();
            } catch (DataIntegrityViolationException e) {
                throw DomainException.conflict("already-open", "a service was opened by another request meanwhile");
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        int[] counts = update.execute(changed, s -> new Object[] {s.state().name(), Times.utc(s.arrearsSince()), Times.utc(s.releasedAt()),
                s.version() + 1, s.accountId().value(), s.product(), s.version()});
        Batch.requireEachUpdated(counts, "a pay-as-you-go service");
        var stops = dsl.insertInto(SERVICE_STOP, SERVICE_STOP.ACCOUNT_ID, SERVICE_STOP.PRODUCT_CODE, SERVICE_STOP.STOPPED_AT, SERVICE_STOP.RESTORED_AT);
        List<Object[]> restored = new ArrayList<>();
        boolean any = false;
        for (PaygService s : changed) {
            for (Interval stop : s.stops()) {
                stops = stops.values(s.accountId().value(), s.product(), Times.utc(stop.start()), Times.utc(stop.end()));
                any = true;
                if (stop.end() != null) {
                    restored.add(new Object[] {Times.utc(stop.end()), s.accountId().value(), s.product(), Times.utc(stop.start())});
                }
            }
        }
        if (any) {
            stops.onDuplicateKeyIgnore().execute();
        }
        restore.execute(restored, values -> values);
    }
}
