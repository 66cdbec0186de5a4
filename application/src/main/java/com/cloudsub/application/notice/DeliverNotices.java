package com.cloudsub.application.notice;

import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.notice.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers due outbox notices by email or SMS (R-NOT-1). A failed attempt is retried with exponential
 * back-off (1, 2, 4 … minutes, at most 8 attempts) unless the failure is permanent (the gateway or mail server
 * refuses this message); the delivery key stays the same on every retry so the gateway can drop a duplicate when a
 * node died between sending and recording.
 */
public class DeliverNotices {

    public static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 200;

    public record Result(int delivered, int failed) {
    }

    private final NoticeOutbox outbox;
    private final EmailSender email;
    private final SmsGateway sms;
    private final Transactions transactions;
    private final Clock clock;

    public DeliverNotices(NoticeOutbox outbox, EmailSender email, SmsGateway sms, Transactions transactions, Clock clock) {
        this.outbox = outbox;
        this.email = email;
        this.sms = sms;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Result deliver() {
        int delivered = 0;
        int failed = 0;
        while (true) {
            Instant now = clock.instant();
            List<NoticeOutbox.Pending> batch = transactions.inTransaction(() -> outbox.claimDue(now, BATCH));
            List<Long> sent = new java.util.ArrayList<>();
            for (NoticeOutbox.Pending pending : batch) {
                NoticeOutbox.Notice notice = pending.notice();
                Message message = new Message(notice.kind(), notice.recipient(), notice.language(), notice.values(), notice.dedupKey());
                try {
                    if (notice.channel() == Channel.EMAIL) {
                        email.send(message);
                    } else if (notice.channel() == Channel.SMS) {
                        sms.send(message);
                    }
                    sent.add(pending.id());
                    delivered++;
                } catch (DeliveryFailed e) {
                    Instant retryAt = e.permanent() || pending.attempts() >= MAX_ATTEMPTS ? null
                            : clock.instant().plus(Duration.ofMinutes(1L << (pending.attempts() - 1)));
                    outbox.failed(pending.id(), e.getMessage(), retryAt);
                    failed++;
                }
            }
            // Marked per batch: a node that dies before this line leaves the batch to be resent after its lease,
            // with the same delivery keys, so the gateways can drop the duplicates.
            outbox.delivered(sent, clock.instant());
            if (batch.size() < BATCH) {
                return new Result(delivered, failed);
            }
        }
    }
}
