package com.cloudsub.persistence.operator;

import static com.cloudsub.persistence.jooq.Tables.ACCOUNT;
import static com.cloudsub.persistence.jooq.Tables.LEDGER_ENTRY;
import static com.cloudsub.persistence.jooq.Tables.LIFECYCLE_ACTION;
import static com.cloudsub.persistence.jooq.Tables.NOTICE_OUTBOX;
import static com.cloudsub.persistence.jooq.Tables.SUBSCRIPTION;
import static com.cloudsub.persistence.jooq.Tables.SUBSCRIPTION_ORDER;

import com.cloudsub.application.operator.OperatorViews;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.persistence.jooq.tables.records.AccountRecord;
import com.cloudsub.persistence.jooq.tables.records.NoticeOutboxRecord;
import com.cloudsub.persistence.shared.Times;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** Read models for the admin UI, each one bounded query. */
@Component
class JooqOperatorViews implements OperatorViews {

    private final DSLContext dsl;

    JooqOperatorViews(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AccountRow> findAccounts(String text, int limit) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.contains(text).or(ACCOUNT.NAME.contains(text)))
                .orderBy(ACCOUNT.NAME, ACCOUNT.ID).limit(limit).fetch(JooqOperatorViews::account);
    }

    @Override
    public List<NoticeRow> notices(AccountId account, int limit) {
        return dsl.selectFrom(NOTICE_OUTBOX).where(NOTICE_OUTBOX.ACCOUNT_ID.eq(account.value()))
                .orderBy(NOTICE_OUTBOX.ID.desc()).limit(limit).fetch(JooqOperatorViews::notice);
    }

    @Override
    public List<NoticeRow> undelivered(int limit) {
        return dsl.selectFrom(NOTICE_OUTBOX).where(NOTICE_OUTBOX.STATUS.ne("DELIVERED"))
                .orderBy(NOTICE_OUTBOX.ID).limit(limit).fetch(JooqOperatorViews::notice);
    }

    @Override
    public List<TimelineEvent> timeline(SubscriptionId subscription) {
        String id = subscription.value();
        List<TimelineEvent> events = new ArrayList<>();
        dsl.selectFrom(SUBSCRIPTION_ORDER).where(SUBSCRIPTION_ORDER.SUBSCRIPTION_ID.eq(id)).forEach(o -> events.add(new TimelineEvent(
                Times.instant(o.getPlacedAt()), "order " + o.getKind(), o.getMonths() + " month(s), paid " + o.getPayable().stripTrailingZeros()
                        .toPlainString() + " " + o.getCurrency() + ", term to " + Times.instant(o.getTermEnd()) + ", price " + o.getPriceVersion())));
        dsl.selectFrom(LEDGER_ENTRY).where(LEDGER_ENTRY.SUBSCRIPTION_ID.eq(id)).forEach(l -> events.add(new TimelineEvent(
                Times.instant(l.getRecordedAt()), "ledger " + l.getKind(), "cash " + l.getCash().stripTrailingZeros().toPlainString()
                        + ", gift " + l.getGift().stripTrailingZeros().toPlainString() + " (" + l.getRuleId() + ")")));
        dsl.selectFrom(LIFECYCLE_ACTION).where(LIFECYCLE_ACTION.SUBSCRIPTION_ID.eq(id)).forEach(a -> events.add(new TimelineEvent(
                Times.instant(a.getTakenAt()), "lifecycle " + a.getAction(), "term ending " + Times.instant(a.getTermEnd()))));
        dsl.selectFrom(NOTICE_OUTBOX).where(NOTICE_OUTBOX.DEDUP_KEY.like("%" + id + "%")).orderBy(NOTICE_OUTBOX.ID).limit(200)
                .forEach(n -> events.add(new TimelineEvent(Times.instant(n.getCreatedAt()), "notice " + n.getKind(),
                        n.getChannel() + " to " + n.getRecipient() + ": " + n.getStatus())));
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    @Override
    public List<HourlyRevenue> revenue(Instant from, Instant to) {
        Field<String> hour = DSL.field("DATE_FORMAT({0}, '%Y-%m-%dT%H:00:00')", String.class, LEDGER_ENTRY.RECORDED_AT);
        // The ledger records money from the account's side: payments negative, refunds positive.
        return dsl.select(hour, SUBSCRIPTION.PRODUCT_CODE, DSL.sum(LEDGER_ENTRY.CASH.plus(LEDGER_ENTRY.GIFT).neg()))
                .from(LEDGER_ENTRY).join(SUBSCRIPTION).on(SUBSCRIPTION.ID.eq(LEDGER_ENTRY.SUBSCRIPTION_ID))
                .where(LEDGER_ENTRY.RECORDED_AT.ge(Times.utc(from)), LEDGER_ENTRY.RECORDED_AT.lt(Times.utc(to)),
                        LEDGER_ENTRY.KIND.ne("TOP_UP"))
                .groupBy(hour, SUBSCRIPTION.PRODUCT_CODE)
                .fetch(r -> new HourlyRevenue(Times.instant(LocalDateTime.parse(r.value1())), r.value2(), r.value3()));
    }

    @Override
    public List<StateCount> subscriptionsByState() {
        return dsl.select(SUBSCRIPTION.STATE, DSL.count()).from(SUBSCRIPTION).groupBy(SUBSCRIPTION.STATE).orderBy(SUBSCRIPTION.STATE)
                .fetch(r -> new StateCount(r.value1(), r.value2()));
    }

    @Override
    public List<Expiry> expiring(Instant from, Instant to, int limit) {
        return dsl.selectFrom(SUBSCRIPTION)
                .where(SUBSCRIPTION.STATE.eq("ACTIVE"), SUBSCRIPTION.ENDS_AT.ge(Times.utc(from)), SUBSCRIPTION.ENDS_AT.lt(Times.utc(to)))
                .orderBy(SUBSCRIPTION.ENDS_AT).limit(limit)
                .fetch(s -> new Expiry(s.getId(), s.getAccountId(), s.getProductCode(), Times.instant(s.getEndsAt()), s.getAutoRenew()));
    }

    @Override
    public List<AccountRow> inArrears(int limit) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.CASH.plus(ACCOUNT.GIFT).lt(BigDecimal.ZERO))
                .orderBy(ACCOUNT.CASH.plus(ACCOUNT.GIFT)).limit(limit).fetch(JooqOperatorViews::account);
    }

    private static AccountRow account(AccountRecord r) {
        return new AccountRow(r.getId(), r.getName(), r.getCash(), r.getGift(), Times.instant(r.getCreatedAt()));
    }

    private static NoticeRow notice(NoticeOutboxRecord n) {
        return new NoticeRow(n.getId(), n.getAccountId(), n.getKind(), n.getChannel(), n.getRecipient(), n.getStatus(), n.getAttempts(),
                Times.instant(n.getCreatedAt()), Times.instant(n.getNextAttemptAt()), Times.instant(n.getDeliveredAt()), n.getLastError());
    }
}
