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

    JooqIdempotentRequests(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean begin(String accountId, String key, String requestHash, Instant at) {
        return dsl.insertInto(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.ACCOUNT_ID, accountId)
                .set(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY, key)
                .set(IDEMPOTENT_REQUEST.REQUEST_HASH, requestHash)
                .set(IDEMPOTENT_REQUEST.CREATED_AT, Times.utc(at))
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    @Override
    public Optional<Stored> find(String accountId, String key) {
        return dsl.selectFrom(IDEMPOTENT_REQUEST)
                .where(IDEMPOTENT_REQUEST.ACCOUNT_ID.eq(accountId).and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key)))
                .fetchOptional(r -> new Stored(r.getRequestHash(), r.getResponseStatus(), r.getResponseBody()));
    }

    @Override
    public void complete(String accountId, String key, int status, String body) {
        dsl.update(IDEMPOTENT_REQUEST)
                .set(IDEMPOTENT_REQUEST.RESPONSE_STATUS, status)
                .set(IDEMPOTENT_REQUEST.RESPONSE_BODY, body)
                .where(IDEMPOTENT_REQUEST.ACCOUNT_ID.eq(accountId).and(IDEMPOTENT_REQUEST.IDEMPOTENCY_KEY.eq(key)))
                .execute();
    }
}
