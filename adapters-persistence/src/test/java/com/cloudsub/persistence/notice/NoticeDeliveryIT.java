package com.cloudsub.persistence.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.notice.DeliverNotices;
import com.cloudsub.application.notice.DeliveryFailed;
import com.cloudsub.application.notice.EmailSender;
import com.cloudsub.application.notice.Message;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.SmsGateway;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.persistence.PersistenceTestApplication;
import com.cloudsub.persistence.shared.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notice delivery on the real outbox: retries with back-off under the same delivery key, a permanent refusal given
 * up at once, a notice claimed by a node that died delivered after its lease, and nothing sent twice (R-NOT-1, R-GEN-6).
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
class NoticeDeliveryIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    NoticeOutbox outbox;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A channel that fails with the scripted failures first, then accepts, and remembers every attempt's delivery key. */
    static final class ScriptedChannel implements EmailSender, SmsGateway {
        final Deque<DeliveryFailed> failures = new ArrayDeque<>();
        final List<String> attempts = new ArrayList<>();
        final List<String> delivered = new ArrayList<>();

        @Override
        public void send(Message message) {
            attempts.add(message.deliveryKey());
            if (!failures.isEmpty()) {
                throw failures.pop();
            }
            delivered.add(message.deliveryKey());
        }
    }

    private final HandClock clock = new HandClock();
    private final ScriptedChannel email = new ScriptedChannel();
    private final ScriptedChannel sms = new ScriptedChannel();
    private DeliverNotices delivery;

    @BeforeEach
    void emptyOutbox() {
        dsl.deleteFrom(com.cloudsub.persistence.jooq.Tables.NOTICE_OUTBOX).execute();
        delivery = new DeliverNotices(outbox, email, sms, transactions, clock);
    }

    private String enqueue(Channel channel) {
        String key = "it-" + UUID.randomUUID();
        transactions.run(() -> outbox.enqueue(List.of(new NoticeOutbox.Notice(new AccountId("acc-notice-it"), NoticeKind.EXPIRY_WARNING,
                channel, channel == Channel.SMS ? "+8613800000000" : "ops@example.com", "en", Map.of("product", "kms"), key, clock.now))));
        return key;
    }

    private void after(Duration duration) {
        clock.now = clock.now.plus(duration);
    }

    @Test
    @DisplayName("R-NOT-1 a failed SMS is retried after 1, then 2 minutes with the same delivery key, and sent once")
    void retriedWithBackOff() {
        String smsKey = enqueue(Channel.SMS);
        String emailKey = enqueue(Channel.EMAIL);
        sms.failures.add(DeliveryFailed.retryable("gateway answered 503", null));
        sms.failures.add(DeliveryFailed.retryable("connection reset", null));

        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(1, 1));
        assertThat(delivery.deliver()).as("not due before a minute").isEqualTo(new DeliverNotices.Result(0, 0));
        after(Duration.ofSeconds(59));
        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(0, 0));
        after(Duration.ofSeconds(1));
        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(0, 1));
        after(Duration.ofSeconds(119));
        assertThat(delivery.deliver()).as("the second retry waits two minutes").isEqualTo(new DeliverNotices.Result(0, 0));
        after(Duration.ofSeconds(1));
        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(1, 0));
        after(Duration.ofDays(1));
        assertThat(delivery.deliver()).as("re-run: nothing is sent again").isEqualTo(new DeliverNotices.Result(0, 0));

        assertThat(sms.attempts).hasSize(3).containsOnly(smsKey);
        assertThat(sms.delivered).containsExactly(smsKey);
        assertThat(email.attempts).containsExactly(emailKey);
    }

    @Test
    @DisplayName("R-NOT-1 a permanent refusal (a malformed number, a rejected address) is given up at once")
    void permanentRefusalIsNotRetried() {
        enqueue(Channel.SMS);
        sms.failures.add(DeliveryFailed.permanent("gateway answered 400", null));

        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(0, 1));
        after(Duration.ofDays(30));
        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(0, 0));
        assertThat(sms.attempts).hasSize(1);
        assertThat(dsl.fetchValue("SELECT last_error FROM notice_outbox")).isEqualTo("gateway answered 400");
    }

    @Test
    @DisplayName("R-NOT-1 a transient failure is given up after " + DeliverNotices.MAX_ATTEMPTS + " attempts")
    void givenUpAfterTheLastAttempt() {
        enqueue(Channel.EMAIL);
        for (int i = 0; i < DeliverNotices.MAX_ATTEMPTS + 2; i++) {
            email.failures.add(DeliveryFailed.retryable("server unreachable", null));
        }
        for (int i = 0; i < DeliverNotices.MAX_ATTEMPTS + 2; i++) {
            delivery.deliver();
            after(Duration.ofDays(1));
        }
        assertThat(email.attempts).hasSize(DeliverNotices.MAX_ATTEMPTS);
        assertThat(email.delivered).isEmpty();
    }

    @Test
    @DisplayName("R-GEN-6 a notice claimed by a node that died before recording is delivered after its lease, once, with the same key")
    void nodeDiedMidDelivery() {
        String key = enqueue(Channel.EMAIL);
        assertThat(transactions.inTransaction(() -> outbox.claimDue(clock.now, 200))).as("the node that dies claims it").hasSize(1);

        assertThat(delivery.deliver()).as("leased to the dead node").isEqualTo(new DeliverNotices.Result(0, 0));
        after(Duration.ofMinutes(5));
        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(1, 0));
        after(Duration.ofMinutes(5));
        assertThat(delivery.deliver()).isEqualTo(new DeliverNotices.Result(0, 0));
        assertThat(email.delivered).containsExactly(key);
    }
}
