package com.cloudsub.persistence.subscription;

import static com.cloudsub.persistence.jooq.Tables.LIFECYCLE_ACTION;

import com.cloudsub.application.subscription.LifecycleLog;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The primary key (subscription, term end, action) makes a repeated claim a no-op. */
@Component
class JooqLifecycleLog implements LifecycleLog {

    private final DSLContext dsl;

    JooqLifecycleLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean claim(SubscriptionId subscriptionId, Instant termEnd, Action action, Instant at) {
        return dsl.insertInto(LIFECYCLE_ACTION)
                .set(LIFECYCLE_ACTION.SUBSCRIPTION_ID, subscriptionId.value())
                .set(LIFECYCLE_ACTION.TERM_END, Times.utc(termEnd))
                .set(LIFECYCLE_ACTION.ACTION, action.name())
                .set(LIFECYCLE_ACTION.TAKEN_AT, Times.utc(at))
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }
}
