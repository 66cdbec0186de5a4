package com.cloudsub.persistence.operator;

import static com.cloudsub.persistence.jooq.Tables.OPERATOR;

import com.cloudsub.application.operator.Operators;
import com.cloudsub.persistence.shared.Times;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqOperators implements Operators {

    private final DSLContext dsl;

    JooqOperators(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Operator> find(String username) {
        return dsl.selectFrom(OPERATOR).where(OPERATOR.USERNAME.eq(username))
                .fetchOptional(r -> new Operator(r.getUsername(), r.getPasswordHash(), r.getEnabled(), Times.instant(r.getCreatedAt())));
    }

    @Override
    public void save(Operator operator) {
        int updated = dsl.update(OPERATOR).set(OPERATOR.PASSWORD_HASH, operator.passwordHash())
                .set(OPERATOR.ENABLED, operator.enabled()).where(OPERATOR.USERNAME.eq(operator.username())).execute();
        if (updated == 0) {
            dsl.insertInto(OPERATOR, OPERATOR.USERNAME, OPERATOR.PASSWORD_HASH, OPERATOR.ENABLED, OPERATOR.CREATED_AT)
                    .values(operator.username(), operator.passwordHash(), operator.enabled(), Times.utc(operator.createdAt()))
                    .execute();
        }
    }
}
