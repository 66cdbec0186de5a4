package com.cloudsub.persistence.subscription;

import static com.cloudsub.persistence.jooq.Tables.CAPACITY_USE;

import com.cloudsub.application.subscription.UseCapacity;
import com.cloudsub.domain.subscription.SubscriptionId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Rows are created on first use and locked with SELECT … FOR UPDATE, so concurrent creations queue up. */
@Component
class JooqCapacityUse implements UseCapacity.CapacityUse {

    private final DSLContext dsl;

    JooqCapacityUse(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long lockAndGet(SubscriptionId id, String capacity) {
        dsl.insertInto(CAPACITY_USE).set(CAPACITY_USE.SUBSCRIPTION_ID, id.value()).set(CAPACITY_USE.CAPACITY, capacity)
                .set(CAPACITY_USE.IN_USE, 0L).onDuplicateKeyIgnore().execute();
        return dsl.select(CAPACITY_USE.IN_USE).from(CAPACITY_USE)
                .where(CAPACITY_USE.SUBSCRIPTION_ID.eq(id.value()).and(CAPACITY_USE.CAPACITY.eq(capacity)))
                .forUpdate().fetchSingle(CAPACITY_USE.IN_USE);
    }

    @Override
    public void set(SubscriptionId id, String capacity, long inUse) {
        dsl.update(CAPACITY_USE).set(CAPACITY_USE.IN_USE, inUse)
                .where(CAPACITY_USE.SUBSCRIPTION_ID.eq(id.value()).and(CAPACITY_USE.CAPACITY.eq(capacity))).execute();
    }
}
