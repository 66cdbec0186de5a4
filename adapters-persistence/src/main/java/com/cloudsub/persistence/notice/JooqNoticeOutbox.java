package com.cloudsub.persistence.notice;

import static com.cloudsub.persistence.jooq.Tables.NOTICE_OUTBOX;

import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.persistence.jooq.tables.records.NoticeOutboxRecord;
import com.cloudsub.persistence.shared.StaticInsert;
import com.cloudsub.persistence.shared.Times;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The outbox table. Rows are inserted in one multi-row statement with the change that caused them; the unique dedup key
 * drops a notice queued twice. Delivery claims rows with SELECT … FOR UPDATE SKIP LOCKED and leases them for
 * a few minutes, so two nodes never deliver the same row at once and a node that dies mid-delivery leaves
 * the row to be retried after the lease.
 */
@Component
class JooqNoticeOutbox implements NoticeOutbox {

    static final Duration LEASE = Duration.ofMinutes(5);

    private final DSLContext dsl;

    JooqNoticeOutbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void enqueue(List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        StaticInsert insert = StaticInsert.ignoringDuplicatesInto(NOTICE_OUTBOX, NOTICE_OUTBOX.ACCOUNT_ID, NOTICE_OUTBOX.KIND, NOTICE_OUTBOX.CHANNEL,
                NOTICE_OUTBOX.RECIPIENT, NOTICE_OUTBOX.LANGUAGE, NOTICE_OUTBOX.NOTICE_VALUES, NOTICE_OUTBOX.DEDUP_KEY,
                NOTICE_OUTBOX.STATUS, NOTICE_OUTBOX.ATTEMPTS, NOTICE_OUTBOX.NEXT_ATTEMPT_AT, NOTICE_OUTBOX.CREATED_AT);
        for (Notice n : notices) {
            insert.values(n.accountId().value(), n.kind().name(), n.channel().name(), n.recipient(), n.language(),
                    encode(n.values()), n.dedupKey(), n.channel() == Channel.IN_SITE ? "DELIVERED" : "PENDING", 0,
                    Times.utc(n.createdAt()), Times.utc(n.createdAt()));
        }
        insert.execute(dsl);
    }

    @Override
    public List<Pending> claimDue(Instant now, int limit) {
        List<NoticeOutboxRecord> due = dsl.selectFrom(NOTICE_OUTBOX)
                .where(NOTICE_OUTBOX.STATUS.in("PENDING", "SENDING"))
                .and(NOTICE_OUTBOX.NEXT_ATTEMPT_AT.le(Times.utc(now)))
                .orderBy(NOTICE_OUTBOX.NEXT_ATTEMPT_AT)
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch();
        if (due.isEmpty()) {
            return List.of();
        }
        dsl.update(NOTICE_OUTBOX)
                .set(NOTICE_OUTBOX.STATUS, "SENDING")
                .set(NOTICE_OUTBOX.ATTEMPTS, NOTICE_OUTBOX.ATTEMPTS.plus(1))
                .set(NOTICE_OUTBOX.NEXT_ATTEMPT_AT, Times.utc(now.plus(LEASE)))
                .where(NOTICE_OUTBOX.ID.in(due.stream().map(NoticeOutboxRecord::getId).toList()))
                .execute();
        return due.stream().map(r -> new Pending(r.getId(), notice(r), r.getAttempts() + 1)).toList();
    }

    @Override
    public void delivered(List<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        dsl.update(NOTICE_OUTBOX).set(NOTICE_OUTBOX.STATUS, "DELIVERED").set(NOTICE_OUTBOX.DELIVERED_AT, Times.utc(at))
                .set(NOTICE_OUTBOX.LAST_ERROR, (String) null).where(NOTICE_OUTBOX.ID.in(ids)).execute();
    }

    @Override
    public void failed(long id, String error, Instant retryAt) {
        String message = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        var update = dsl.update(NOTICE_OUTBOX).set(NOTICE_OUTBOX.LAST_ERROR, message);
        if (retryAt == null) {
            update.set(NOTICE_OUTBOX.STATUS, "FAILED").where(NOTICE_OUTBOX.ID.eq(id)).execute();
        } else {
            update.set(NOTICE_OUTBOX.STATUS, "PENDING").set(NOTICE_OUTBOX.NEXT_ATTEMPT_AT, Times.utc(retryAt))
                    .where(NOTICE_OUTBOX.ID.eq(id)).execute();
        }
    }

    @Override
    public List<Notice> inSite(AccountId accountId, int limit) {
        return dsl.selectFrom(NOTICE_OUTBOX)
                .where(NOTICE_OUTBOX.ACCOUNT_ID.eq(accountId.value()).and(NOTICE_OUTBOX.CHANNEL.eq("IN_SITE")))
                .orderBy(NOTICE_OUTBOX.ID.desc()).limit(limit).fetch(JooqNoticeOutbox::notice);
    }

    private static Notice notice(NoticeOutboxRecord r) {
        return new Notice(new AccountId(r.getAccountId()), NoticeKind.valueOf(r.getKind()), Channel.valueOf(r.getChannel()),
                r.getRecipient(), r.getLanguage(), decode(r.getNoticeValues()), r.getDedupKey(), Times.instant(r.getCreatedAt()));
    }

    static String encode(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(encoded.split("&")).filter(p -> p.contains("=")).forEach(p -> {
            String[] kv = p.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        });
        return values;
    }
}
