package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Expansion packs, auto-renew and capacity limits over HTTP (R-SUB-7, R-SSM-3, R-KMS-1, R-SUB-3). */
class ExpansionAndCapacityIT extends ConsoleApi {

    @Test
    @DisplayName("R-SUB-7 R-SSM-3 a secret pack bought at the start of a one-month term costs its full month and raises the limit by 100")
    void ssmExpansionRaisesCapacity() {
        String account = account("5000");
        String id = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"ssm\",\"edition\":\"enterprise\",\"region\":\"ap-guangzhou\",\"months\":1}").body().get("id").asText();
        Answer full = call("POST", "/api/v1/subscriptions/" + id + "/capacity/secrets", account, null, "{\"delta\":1000}");
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.body().get("limit").asLong()).isEqualTo(1000);
        Answer refused = call("POST", "/api/v1/subscriptions/" + id + "/capacity/secrets", account, null, "{\"delta\":1}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("code").asText()).isEqualTo("capacity-exceeded");

        Answer expanded = call("POST", "/api/v1/subscriptions/" + id + "/expansions", account, null, "{\"addOns\":{\"ssm.secret-pack\":1}}");
        assertThat(expanded.status()).isEqualTo(200);
        assertThat(expanded.body().get("addOns").get("ssm.secret-pack").asInt()).isEqualTo(1);
        assertThat(balance(account).value()).isEqualByComparingTo("2252.00"); // 5,000 − 2,499 − 249 (whole term left)
        Answer more = call("POST", "/api/v1/subscriptions/" + id + "/capacity/secrets", account, null, "{\"delta\":100}");
        assertThat(more.body().get("inUse").asLong()).isEqualTo(1100);
        assertThat(more.body().get("limit").asLong()).isEqualTo(1100);
        assertThat(call("POST", "/api/v1/subscriptions/" + id + "/capacity/secrets", account, null, "{\"delta\":1}").status()).isEqualTo(422);
        assertThat(call("POST", "/api/v1/subscriptions/" + id + "/capacity/secrets", account, null, "{\"delta\":-5}").body()
                .get("inUse").asLong()).isEqualTo(1095);
        assertThat(call("POST", "/api/v1/subscriptions/" + id + "/capacity/widgets", account, null, "{\"delta\":1}").body()
                .get("field").asText()).isEqualTo("capacity");
        assertThat(call("POST", "/api/v1/subscriptions/" + id + "/expansions", account, null, "{\"addOns\":{\"kms.basic\":1}}").status())
                .isEqualTo(400);
    }

    @Test
    @DisplayName("R-KMS-1 KMS basic allows 200 keys; the 201st is refused")
    void kmsKeys() {
        String account = account("3000");
        String id = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1}").body().get("id").asText();
        assertThat(call("POST", "/api/v1/subscriptions/" + id + "/capacity/keys", account, null, "{\"delta\":200}").status()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/subscriptions/" + id + "/capacity/keys", account, null, "{\"delta\":1}").status()).isEqualTo(422);
    }

    @Test
    @DisplayName("R-SUB-3 auto-renew can be turned on with its term; a bad term is refused")
    void autoRenewToggle() {
        String account = account("3000");
        String id = call("POST", "/api/v1/subscriptions", account, null,
                "{\"product\":\"kms\",\"edition\":\"basic\",\"region\":\"ap-guangzhou\",\"months\":1}").body().get("id").asText();
        Answer on = call("PUT", "/api/v1/subscriptions/" + id + "/auto-renew", account, null, "{\"enabled\":true,\"months\":3}");
        assertThat(on.body().get("autoRenew").asBoolean()).isTrue();
        assertThat(on.body().get("autoRenewMonths").asInt()).isEqualTo(3);
        assertThat(call("PUT", "/api/v1/subscriptions/" + id + "/auto-renew", account, null, "{\"enabled\":true,\"months\":13}")
                .body().get("field").asText()).isEqualTo("months");
    }
}
