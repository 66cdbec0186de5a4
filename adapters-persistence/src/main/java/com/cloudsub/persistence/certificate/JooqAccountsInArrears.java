package com.cloudsub.persistence.certificate;

import static com.cloudsub.persistence.jooq.Tables.ON_DEMAND_ARREARS;

import com.cloudsub.application.certificate.AccountsInArrears;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.OnDemandArrears;
import com.cloudsub.persistence.shared.Times;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqAccountsInArrears implements AccountsInArrears {

    private final DSLContext dsl;

    JooqAccountsInArrears(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<OnDemandArrears> of(AccountId accountId) {
        return Optional.ofNullable(ofAll(List.of(accountId)).get(accountId));
    }

    @Override
    public Map<AccountId, OnDemandArrears> ofAll(Collection<AccountId> accountIds) {
        return dsl.selectFrom(ON_DEMAND_ARREARS).where(ON_DEMAND_ARREARS.ACCOUNT_ID.in(accountIds.stream().map(AccountId::value).toList()))
                .fetch().stream().collect(Collectors.toMap(r -> new AccountId(r.getAccountId()),
                        r -> new OnDemandArrears(Times.instant(r.getSince()))));
    }

    @Override
    public void begin(AccountId accountId, Instant since) {
        dsl.insertInto(ON_DEMAND_ARREARS, ON_DEMAND_ARREARS.ACCOUNT_ID, ON_DEMAND_ARREARS.SINCE)
                .values(accountId.value(), Times.utc(since)).execute();
    }

    @Override
    public void end(AccountId accountId) {
        dsl.deleteFrom(ON_DEMAND_ARREARS).where(ON_DEMAND_ARREARS.ACCOUNT_ID.eq(accountId.value())).execute();
    }
}
