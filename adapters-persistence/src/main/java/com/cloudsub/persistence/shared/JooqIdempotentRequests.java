package com.cloudsub.persistence.shared;

import static com.cloudsub.persistence.jooq.Tables.IDEMPOTENT_REQUEST;

import com.cloudsub.application.shared.IdempotentRequests;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqIdempotentRequests implements IdempotentRequests {

    private final DSLContext dsl;
    private final Batch begin;
    private final Batch complete;

    JooqIdempotentRequests(DSLContext dsl) {
        this.dsl = dsl;
        this.begin = new Batch(dsl, dsl.insertInto(IDEMPOTENT_REQUEST, IDEMPOTENT_REQUEST.ACCOUNT_ID, IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY,
                IDEMPOTENT_REQUEST.REQUEST_HASH, IDEMPOTENT_REQUEST.CREATED_AT).values((String) null, null, null, null).onDuplicateKeyIgnore());
        this.complete = new Batch(dsl, dsl.update(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.RESPONSE_STATUS, (Integer) null)
                .set(IDEMPOTENT_REQUEST.RESPONSE_BODY, (String) null)
                .where(IDEMPOTENT_REQUEST.ACCOUNT_ID.eq((String) null).and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq((String) null))));
    }

    @Override
    public boolean begin(String accountId, String key, String requestHash, Instant at) {
        return begin.executeOne(accountId, key, requestHash, Times.utc(at)) == 1;
    }

    @Override
    public Optional<Stored> find(String accountId, String key) {
        return dsl.selectFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.ACCOUNT_ID.eq(accountId).and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key)))
                .fetchOptional(r -> new Stored(r.getRequestHash(), r.getResponseStatus(), r.getResponseBody()));
    }

    @Override
    public void complete(String accountId, String key, int status, String body) {
        complete.executeOne(status, body, accountId, key);
    }
}
