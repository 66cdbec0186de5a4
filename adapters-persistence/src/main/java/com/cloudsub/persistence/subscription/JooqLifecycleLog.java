package com.cloudsub.persistence.subscription;

import static com.cloudsub.persistence.jooq.Tables.LIFECYCLE_ACTION;

import com.cloudsub.application.subscription.LifecycleLog;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.persistence.shared.StaticInsert;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The primary key (subscription, term end, action) refuses a second record of the same action: a pass that
 * raced another fails and rolls back its page, which the next pass redoes.
 */
@Component
class JooqLifecycleLog implements LifecycleLog {

    private final DSLContext dsl;

    JooqLifecycleLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Set<Key> taken(Collection<SubscriptionId> subscriptions) {
        if (subscriptions.isEmpty()) {
            return Set.of();
        }
        return dsl.selectFrom(LIFECYCLE_ACTION)
                .where(LIFECYCLE_ACTION.SUBSCRIPTION_ID.in(subscriptions.stream().map(SubscriptionId::value).toList()))
                .fetch().stream()
                .map(r -> new Key(new SubscriptionId(r.getSubscriptionId()), Times.instant(r.getTermEnd()), Action.valueOf(r.getAction())))
                .collect(Collectors.toSet());
    }

    @Override
    public void recordAll(List<Key> keys, Instant at) {
        if (keys.isEmpty()) {
            return;
        }
        StaticInsert insert = StaticInsert.into(LIFECYCLE_ACTION, LIFECYCLE_ACTION.SUBSCRIPTION_ID, LIFECYCLE_ACTION.TERM_END,
                LIFECYCLE_ACTION.ACTION, LIFECYCLE_ACTION.TAKEN_AT);
        for (Key key : keys) {
            insert.values(key.subscriptionId().value(), Times.utc(key.termEnd()), key.action().name(), Times.utc(at));
        }
        insert.execute(dsl);
    }
}
