package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every state of a subordinate private CA × every customer action, over HTTP: the action is allowed and leads to the
 * state in the table, or answers 409 with the current state and the allowed actions, and nothing changes
 * (R-PCA-1, R-PCA-3, R-PCA-4, A-55, A-66, A-67, A-70). One CA per case, all prepared before the first case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivateCaTransitionsApiIT extends ConsoleApi {

    static final String BASE = "/api/v1/private-cas";

    /** The same table as the domain's PrivateCaLifecycleTest, limited to what a customer can do. */
    private static final String TABLE = """
            state               activate disable  enable schedule-deletion  cancel-deletion revoke  delete
            PENDING_ACTIVATION  ACTIVE   409      409    409                409             409     DELETED
            ACTIVE              409      DISABLED 409    409                409             REVOKED 409
            DISABLED            409      409      ACTIVE SCHEDULED_DELETION 409             REVOKED 409
            SCHEDULED_DELETION  409      409      409    409                DISABLED        409     409
            EXPIRED             409      409      409    SCHEDULED_DELETION 409             409     409
            REVOKED             409      409      409    409                409             409     409
            DELETED             409      409      409    409                409             409     409
            """;

    private String account;
    private String root;
    private final Map<String, String> caFor = new HashMap<>();

    static Stream<Arguments> cases() {
        List<String[]> rows = TABLE.lines().map(line -> line.trim().split("\\s+")).toList();
        String[] actions = rows.get(0);
        List<Arguments> cases = new ArrayList<>();
        for (String[] row : rows.subList(1, rows.size())) {
            for (int column = 1; column < actions.length; column++) {
                cases.add(Arguments.of(row[0], actions[column], row[column]));
            }
        }
        return cases.stream();
    }

    @BeforeAll
    void prepare() {
        account = account("100000");
        root = post("", "{\"kind\":\"ROOT\"}").get("id").asText();
        post("/" + root + "/activate", null);
        List<Arguments> all = cases().toList();
        for (Arguments c : all) {
            if (c.get()[0].equals("EXPIRED")) {
                String id = subordinate(1);
                post("/" + id + "/activate", null);
                caFor.put(key(c), id);
            }
        }
        moveTo(now().plus(Duration.ofDays(1)).plusSeconds(60));
        operator("POST", "/admin/simulation/certificate-settlement-runs", null);
        for (Arguments c : all) {
            String state = (String) c.get()[0];
            if (state.equals("EXPIRED")) {
                assertThat(get(caFor.get(key(c))).get("state").asText()).isEqualTo("EXPIRED");
                continue;
            }
            String id = subordinate(3650);
            switch (state) {
                case "PENDING_ACTIVATION" -> { }
                case "ACTIVE" -> post("/" + id + "/activate", null);
                case "DISABLED" -> {
                    post("/" + id + "/activate", null);
                    post("/" + id + "/disable", null);
                }
                case "SCHEDULED_DELETION" -> {
                    post("/" + id + "/activate", null);
                    post("/" + id + "/disable", null);
                    post("/" + id + "/scheduled-deletion", "{\"delayDays\":7}");
                }
                case "REVOKED" -> {
                    post("/" + id + "/activate", null);
                    post("/" + id + "/revoke", null);
                }
                case "DELETED" -> assertThat(call("DELETE", BASE + "/" + id, account, null, null).status()).isEqualTo(200);
                default -> throw new IllegalStateException(state);
            }
            assertThat(get(id).get("state").asText()).isEqualTo(state);
            caFor.put(key(c), id);
        }
    }

    @AfterAll
    void retire() {
        call("GET", BASE, account, null, null).body().forEach(ca -> {
            String id = ca.get("id").asText();
            switch (ca.get("state").asText()) {
                case "PENDING_ACTIVATION" -> call("DELETE", BASE + "/" + id, account, null, null);
                case "ACTIVE" -> {
                    post("/" + id + "/disable", null);
                    post("/" + id + "/scheduled-deletion", null);
                }
                case "DISABLED", "EXPIRED" -> post("/" + id + "/scheduled-deletion", null);
                default -> { }
            }
        });
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @MethodSource("cases")
    @DisplayName("R-PCA-1 R-PCA-3 R-PCA-4 A-55 A-66 A-67 A-70 every CA state × every action over HTTP: allowed, or 409 with state and allowed actions")
    void stateTimesAction(String state, String action, String expected) {
        String id = caFor.get(state + "/" + action);
        JsonNode before = get(id);
        Answer answer = switch (action) {
            case "schedule-deletion" -> call("POST", BASE + "/" + id + "/scheduled-deletion", account, null, "{\"delayDays\":7}");
            case "cancel-deletion" -> call("DELETE", BASE + "/" + id + "/scheduled-deletion", account, null, null);
            case "delete" -> call("DELETE", BASE + "/" + id, account, null, null);
            default -> call("POST", BASE + "/" + id + "/" + action, account, null, null);
        };
        if (expected.equals("409")) {
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(409);
            assertThat(answer.body().get("code").asText()).isEqualTo("illegal-transition");
            assertThat(answer.body().get("state").asText()).isEqualTo(state);
            assertThat(answer.body().get("allowedActions")).isEqualTo(before.get("allowedActions"));
            JsonNode after = get(id);
            assertThat(after.get("state").asText()).isEqualTo(state);
            assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong());
        } else {
            assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
            assertThat(answer.body().get("state").asText()).isEqualTo(expected);
            assertThat(get(id).get("state").asText()).isEqualTo(expected);
        }
    }

    private static String key(Arguments c) {
        return c.get()[0] + "/" + c.get()[1];
    }

    private String subordinate(int validityDays) {
        return post("", "{\"kind\":\"SUBORDINATE\",\"parentId\":\"" + root + "\",\"validityDays\":" + validityDays + "}").get("id").asText();
    }

    private JsonNode post(String path, String body) {
        Answer answer = call("POST", BASE + path, account, null, body);
        assertThat(answer.status()).as(path + " " + answer.body()).isIn(200, 201);
        return answer.body();
    }

    private JsonNode get(String id) {
        return call("GET", BASE + "/" + id, account, null, null).body();
    }
}
