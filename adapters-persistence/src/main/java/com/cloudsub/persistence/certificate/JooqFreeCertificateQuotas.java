package com.cloudsub.persistence.certificate;

import static com.cloudsub.persistence.jooq.Tables.SSL_FREE_QUOTA;

import com.cloudsub.application.certificate.FreeCertificateQuotas;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.FreeCertificateQuota;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** One row per account that ever took a free certificate or bought a pack; {@link #lock} locks it with SELECT … FOR UPDATE. */
@Component
class JooqFreeCertificateQuotas implements FreeCertificateQuotas {

    private final DSLContext dsl;

    JooqFreeCertificateQuotas(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public FreeCertificateQuota of(AccountId accountId) {
        return dsl.selectFrom(SSL_FREE_QUOTA).where(SSL_FREE_QUOTA.ACCOUNT_ID.eq(accountId.value()))
                .fetchOptional(r -> new FreeCertificateQuota(r.getTaken(), r.getExpansionPacks()))
                .orElse(new FreeCertificateQuota(0, 0));
    }

    @Override
    public FreeCertificateQuota lock(AccountId accountId) {
        dsl.insertInto(SSL_FREE_QUOTA, SSL_FREE_QUOTA.ACCOUNT_ID, SSL_FREE_QUOTA.TAKEN, SSL_FREE_QUOTA.EXPANSION_PACKS, SSL_FREE_QUOTA.VERSION)
                .values(accountId.value(), 0, 0, 0L).onDuplicateKeyIgnore().execute();
        return dsl.selectFrom(SSL_FREE_QUOTA).where(SSL_FREE_QUOTA.ACCOUNT_ID.eq(accountId.value())).forUpdate()
                .fetchSingle(r -> new FreeCertificateQuota(r.getTaken(), r.getExpansionPacks()));
    }

    @Override
    public void save(AccountId accountId, FreeCertificateQuota quota) {
        dsl.update(SSL_FREE_QUOTA)
                .set(SSL_FREE_QUOTA.TAKEN, quota.taken())
                .set(SSL_FREE_QUOTA.EXPANSION_PACKS, quota.expansionPacks())
                .set(SSL_FREE_QUOTA.VERSION, SSL_FREE_QUOTA.VERSION.plus(1))
                .where(SSL_FREE_QUOTA.ACCOUNT_ID.eq(accountId.value())).execute();
    }
}
