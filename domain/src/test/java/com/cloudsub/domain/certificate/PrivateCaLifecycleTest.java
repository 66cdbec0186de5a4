package com.cloudsub.domain.certificate;

import static com.cloudsub.domain.certificate.Certificates.ACCOUNT;
import static com.cloudsub.domain.certificate.Certificates.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrivateCaLifecycleTest {

    /**
     * What each action does in each state: the state it leads to, or 409. Written out by hand from R-PCA-1..4,
     * CANCEL_DELETION is tried on a CA that was DISABLED before its deletion was scheduled.
     */
    private static final String SUBORDINATE = """
            state               ACTIVATE DISABLE  ENABLE SCHEDULE_DELETION  CANCEL_DELETION COMPLETE_DELETION REVOKE  EXPIRE  DELETE_PENDING
            PENDING_ACTIVATION  ACTIVE   409      409    409                409             409               409     409     DELETED
            ACTIVE              409      DISABLED 409    409                409             409               REVOKED EXPIRED 409
            DISABLED            409      409      ACTIVE SCHEDULED_DELETION 409             409               REVOKED EXPIRED 409
            SCHEDULED_DELETION  409      409      409    409                DISABLED        DELETED           409     409     409
            EXPIRED             409      409      409    SCHEDULED_DELETION 409             409               409     409     409
            REVOKED             409      409      409    409                409             409               409     409     409
            DELETED             409      409      409    409                409             409               409     409     409
            """;

    /** The same for a root CA, which cannot be revoked and so never reaches REVOKED. */
    private static final String ROOT = """
            state               ACTIVATE DISABLE  ENABLE SCHEDULE_DELETION  CANCEL_DELETION COMPLETE_DELETION REVOKE  EXPIRE  DELETE_PENDING
            PENDING_ACTIVATION  ACTIVE   409      409    409                409             409               409     409     DELETED
            ACTIVE              409      DISABLED 409    409                409             409               409     EXPIRED 409
            DISABLED            409      409      ACTIVE SCHEDULED_DELETION 409             409               409     EXPIRED 409
            SCHEDULED_DELETION  409      409      409    409                DISABLED        DELETED           409     409     409
            EXPIRED             409      409      409    SCHEDULED_DELETION 409             409               409     409     409
            DELETED             409      409      409    409                409             409               409     409     409
            """;

    private static final Instant CREATED = at("2022-03-01T00:00:00");
    private static final Instant VALID_UNTIL = CREATED.plus(Duration.ofDays(365));

    static Stream<Arguments> everyStateAndAction() {
        List<Arguments> cases = new ArrayList<>();
        cases.addAll(parse(CaKind.SUBORDINATE, SUBORDINATE));
        cases.addAll(parse(CaKind.ROOT, ROOT));
        return cases.stream();
    }

    private static List<Arguments> parse(CaKind kind, String table) {
        List<String[]> rows = table.lines().map(line -> line.trim().split("\\s+")).toList();
        String[] actions = rows.get(0);
        List<Arguments> cases = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            for (int column = 1; column < actions.length; column++) {
                cases.add(Arguments.of(kind, CaState.valueOf(row[0]), CaAction.valueOf(actions[column]), row[column]));
            }
        }
        return cases;
    }

    @Test
    @DisplayName("R-PCA-1 the expected tables cover every state × every action (a root CA is never REVOKED)")
    void tablesComplete() {
        assertThat(everyStateAndAction().count())
                .isEqualTo((long) CaAction.values().length * (2L * CaState.values().length - 1));
    }

    @ParameterizedTest(name = "{0} {1} + {2} → {3}")
    @MethodSource("everyStateAndAction")
    @DisplayName("R-PCA-1 R-PCA-3 R-PCA-4 A-55 A-66 A-67 A-70 every CA state × every action: allowed, or 409 naming state and allowed actions")
    void stateTimesAction(CaKind kind, CaState state, CaAction action, String expected) {
        PrivateCa ca = caIn(kind, state);
        Instant now = timeFor(ca, action);
        if (expected.equals("409")) {
            assertThat(ca.allowedActions()).doesNotContain(action);
            assertThatThrownBy(() -> perform(ca, action, now)).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                assertThat(e.code()).isEqualTo("illegal-transition");
                assertThat(e.getMessage()).contains(action.name(), "it is " + state, "allowed actions: " + ca.allowedActions());
                assertThat(e.details()).containsEntry("state", state.name())
                        .containsEntry("allowedActions", ca.allowedActions().stream().map(Enum::name).toList());
            });
            assertThat(ca.state()).isEqualTo(state);
        } else {
            assertThat(ca.allowedActions()).contains(action);
            perform(ca, action, now);
            assertThat(ca.state()).isEqualTo(CaState.valueOf(expected));
        }
    }

    @Test
    @DisplayName("R-PCA-3 A-54 the deletion delay is 7 to 30 days, 7 by default; the CA is deleted when it elapses")
    void deletionDelay() {
        PrivateCa ca = caIn(CaKind.ROOT, CaState.DISABLED);
        Instant now = at("2022-03-02T00:00:00");
        assertThatThrownBy(() -> ca.scheduleDeletion(now, 6))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-delayDays"));
        assertThatThrownBy(() -> ca.scheduleDeletion(now, 31)).isInstanceOf(DomainException.class);
        ca.scheduleDeletion(now);
        assertThat(ca.deletionDueAt()).isEqualTo(at("2022-03-09T00:00:00"));
        assertThatThrownBy(() -> ca.completeDeletion(at("2022-03-08T23:59:59")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not-due"));
        assertThatThrownBy(() -> ca.cancelDeletion(at("2022-03-09T00:00:00")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("deletion-due"));
        ca.completeDeletion(at("2022-03-09T00:10:00"));
        assertThat(ca.state()).isEqualTo(CaState.DELETED);
        assertThat(ca.history().get(ca.history().size() - 1).at()).as("deleted as of its due time").isEqualTo(at("2022-03-09T00:00:00"));

        PrivateCa longer = caIn(CaKind.ROOT, CaState.DISABLED);
        longer.scheduleDeletion(now, 30);
        assertThat(longer.deletionDueAt()).isEqualTo(at("2022-04-01T00:00:00"));
    }

    @Test
    @DisplayName("R-PCA-4 A-55 cancelling returns to the previous state, or EXPIRED if the validity ended meanwhile")
    void cancelAfterValidityEnded() {
        PrivateCa expired = caIn(CaKind.SUBORDINATE, CaState.EXPIRED);
        expired.scheduleDeletion(VALID_UNTIL.plusSeconds(60));
        expired.cancelDeletion(VALID_UNTIL.plus(Duration.ofDays(1)));
        assertThat(expired.state()).isEqualTo(CaState.EXPIRED);

        PrivateCa disabled = caIn(CaKind.SUBORDINATE, CaState.DISABLED);
        disabled.scheduleDeletion(VALID_UNTIL.minus(Duration.ofDays(2)));
        disabled.cancelDeletion(VALID_UNTIL.plus(Duration.ofDays(1)));
        assertThat(disabled.state()).isEqualTo(CaState.EXPIRED);
    }

    @Test
    @DisplayName("R-PCA-6 a CA whose account's arrears went unpaid is deleted from any state; a revoked one stays revoked")
    void deletedForArrears() {
        for (CaState state : List.of(CaState.PENDING_ACTIVATION, CaState.ACTIVE, CaState.DISABLED, CaState.SCHEDULED_DELETION, CaState.EXPIRED)) {
            PrivateCa ca = caIn(CaKind.SUBORDINATE, state);
            Instant at = ca.history().get(ca.history().size() - 1).at().plus(Duration.ofDays(1));
            ca.deleteForArrears(at);
            assertThat(ca.state()).isEqualTo(CaState.DELETED);
            assertThat(ca.endedAt()).isEqualTo(at);
            assertThat(ca.deletionDueAt()).isNull();
        }
        PrivateCa revoked = caIn(CaKind.SUBORDINATE, CaState.REVOKED);
        Instant revokedAt = revoked.endedAt();
        revoked.deleteForArrears(revokedAt.plus(Duration.ofDays(1)));
        assertThat(revoked.state()).isEqualTo(CaState.REVOKED);
        assertThat(revoked.endedAt()).isEqualTo(revokedAt);
    }

    @Test
    @DisplayName("R-PCA-1 a CA expires only when its validity has ended")
    void expiryNotDue() {
        PrivateCa ca = caIn(CaKind.ROOT, CaState.ACTIVE);
        assertThatThrownBy(() -> ca.expire(VALID_UNTIL.minusSeconds(1)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("not-due"));
    }

    @Test
    @DisplayName("R-PCA-2 a subordinate CA names its parent; a root CA has none")
    void parent() {
        assertThatThrownBy(() -> PrivateCa.create(new PrivateCaId("s"), ACCOUNT, CaKind.SUBORDINATE, null, VALID_UNTIL, CREATED))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-parentId"));
        assertThatThrownBy(() -> PrivateCa.create(new PrivateCaId("r"), ACCOUNT, CaKind.ROOT, new PrivateCaId("x"), VALID_UNTIL, CREATED))
                .isInstanceOf(DomainException.class);
    }

    /** Reaches {@code state} through the lifecycle, one hour per step from 2022-03-01 00:00; EXPIRED at the end of validity. */
    static PrivateCa caIn(CaKind kind, CaState state) {
        PrivateCaId parent = kind == CaKind.SUBORDINATE ? new PrivateCaId("root-1") : null;
        PrivateCa ca = PrivateCa.create(new PrivateCaId("ca-1"), ACCOUNT, kind, parent, VALID_UNTIL, CREATED);
        Instant hour1 = CREATED.plus(Duration.ofHours(1));
        Instant hour2 = CREATED.plus(Duration.ofHours(2));
        switch (state) {
            case PENDING_ACTIVATION -> { }
            case DELETED -> ca.deletePending(hour1);
            case ACTIVE -> ca.activate(hour1);
            case DISABLED -> {
                ca.activate(hour1);
                ca.disable(hour2);
            }
            case SCHEDULED_DELETION -> {
                ca.activate(hour1);
                ca.disable(hour2);
                ca.scheduleDeletion(CREATED.plus(Duration.ofHours(3)));
            }
            case EXPIRED -> {
                ca.activate(hour1);
                ca.expire(VALID_UNTIL);
            }
            case REVOKED -> {
                ca.activate(hour1);
                ca.revoke(hour2);
            }
        }
        assertThat(ca.state()).isEqualTo(state);
        return ca;
    }

    /** An hour after the last change; for EXPIRE no earlier than the validity's end, for COMPLETE_DELETION its due time. */
    private static Instant timeFor(PrivateCa ca, CaAction action) {
        Instant next = ca.history().get(ca.history().size() - 1).at().plus(Duration.ofHours(1));
        if (action == CaAction.EXPIRE && next.isBefore(VALID_UNTIL)) {
            return VALID_UNTIL;
        }
        if (action == CaAction.COMPLETE_DELETION && ca.deletionDueAt() != null) {
            return ca.deletionDueAt();
        }
        return next;
    }

    private static void perform(PrivateCa ca, CaAction action, Instant now) {
        switch (action) {
            case ACTIVATE -> ca.activate(now);
            case DISABLE -> ca.disable(now);
            case ENABLE -> ca.enable(now);
            case SCHEDULE_DELETION -> ca.scheduleDeletion(now);
            case CANCEL_DELETION -> ca.cancelDeletion(now);
            case COMPLETE_DELETION -> ca.completeDeletion(now);
            case REVOKE -> ca.revoke(now);
            case EXPIRE -> ca.expire(now);
            case DELETE_PENDING -> ca.deletePending(now);
        }
    }
}
