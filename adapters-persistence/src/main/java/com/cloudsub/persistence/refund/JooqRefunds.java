package com.cloudsub.persistence.refund;

import static com.cloudsub.persistence.jooq.Tables.NO_REASON_REFUND;
import static com.cloudsub.persistence.jooq.Tables.REFUND;

import com.cloudsub.application.refund.Refunds;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.refund.Refund;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.persistence.jooq.tables.records.RefundRecord;
import com.cloudsub.persistence.shared.Times;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqRefunds implements Refunds {

    private final DSLContext dsl;

    JooqRefunds(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Refund refund) {
        RefundRecord record = dsl.newRecord(REFUND);
        write(record, refund);
        record.setVersion(0L);
        record.insert();
    }

    @Override
    public void update(Refund refund) {
        RefundRecord record = dsl.newRecord(REFUND);
        write(record, refund);
        record.setVersion(refund.version() + 1);
        if (dsl.update(REFUND).set(record).where(REFUND.ID.eq(refund.id()).and(REFUND.VERSION.eq(refund.version()))).execute() != 1) {
            throw DomainException.conflict("stale-version", "refund " + refund.id() + " was changed meanwhile; retry");
        }
    }

    @Override
    public Optional<Refund> find(String id) {
        return dsl.selectFrom(REFUND).where(REFUND.ID.eq(id)).fetchOptional(JooqRefunds::map);
    }

    @Override
    public Optional<Refund> requested(SubscriptionId subscriptionId) {
        return dsl.selectFrom(REFUND).where(REFUND.SUBSCRIPTION_ID.eq(subscriptionId.value()).and(REFUND.STATE.eq("REQUESTED")))
                .fetchOptional(JooqRefunds::map);
    }

    @Override
    public List<Refund> awaitingReview() {
        return dsl.selectFrom(REFUND).where(REFUND.STATE.eq("REQUESTED")).orderBy(REFUND.REQUESTED_AT).fetch(JooqRefunds::map);
    }

    @Override
    public boolean noReasonUsed(AccountId accountId, String product) {
        return dsl.fetchExists(NO_REASON_REFUND, NO_REASON_REFUND.ACCOUNT_ID.eq(accountId.value())
                .and(NO_REASON_REFUND.PRODUCT_CODE.eq(product)));
    }

    @Override
    public boolean claimNoReason(AccountId accountId, String product, String refundId) {
        return dsl.insertInto(NO_REASON_REFUND)
                .set(NO_REASON_REFUND.ACCOUNT_ID, accountId.value())
                .set(NO_REASON_REFUND.PRODUCT_CODE, product)
                .set(NO_REASON_REFUND.REFUND_ID, refundId)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    private static void write(RefundRecord r, Refund refund) {
        r.setId(refund.id());
        r.setSubscriptionId(refund.subscriptionId().value());
        r.setAccountId(refund.accountId().value());
        r.setProductCode(refund.product());
        r.setState(refund.state().name());
        r.setCurrency(refund.amount().cash().currency());
        r.setCash(refund.amount().cash().amount());
        r.setGift(refund.amount().gift().amount());
        r.setRuleId(refund.rule());
        r.setNoReason(refund.noReason());
        r.setRequestedAt(Times.utc(refund.requestedAt()));
        r.setDecidedAt(Times.utc(refund.decidedAt()));
        r.setDecidedBy(refund.decidedBy());
        r.setReason(refund.reason());
    }

    private static Refund map(RefundRecord r) {
        Money zero = Money.zero(r.getCurrency());
        return new Refund(r.getId(), new SubscriptionId(r.getSubscriptionId()), new AccountId(r.getAccountId()), r.getProductCode(),
                Refund.State.valueOf(r.getState()), new Payment(Money.of(r.getCash(), r.getCurrency()), Money.of(r.getGift(), r.getCurrency()), zero),
                r.getRuleId(), r.getNoReason(), Times.instant(r.getRequestedAt()), Times.instant(r.getDecidedAt()), r.getDecidedBy(),
                r.getReason(), r.getVersion());
    }
}
