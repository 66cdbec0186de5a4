package com.cloudsub.application.notice;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The transactional outbox of notices: written in the same transaction as the change that caused them,
 * delivered later by a job. {@code dedupKey} is unique per recipient and channel, so the same notice is
 * never queued twice.
 */
public interface NoticeOutbox {

    record Notice(AccountId accountId, NoticeKind kind, Channel channel, String recipient, String language,
                  Map<String, String> values, String dedupKey, Instant createdAt) {
    }

    record Pending(long id, Notice notice, int attempts) {
    }

    void enqueue(List<Notice> notices);

    /** Claims up to {@code limit} notices due for delivery at {@code now}, so no other node delivers them meanwhile. */
    List<Pending> claimDue(Instant now, int limit);

    /** Marks these notices delivered, in one statement. */
    void delivered(List<Long> ids, Instant at);

    /** Records a failed attempt; the notice is retried at {@code retryAt}, or given up when {@code retryAt} is null. */
    void failed(long id, String error, Instant retryAt);

    /** In-site messages of an account, newest first. */
    List<Notice> inSite(AccountId accountId, int limit);
}
