package com.cloudsub.notify.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.application.notice.DeliveryFailed;
import com.cloudsub.application.notice.Message;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.notify.email.NoticeTemplates;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSmsGatewayTest {

    private static final String KEY = "test-key-123";
    private static WireMockServer gateway;

    private final NoticeTemplates templates = new NoticeTemplates();
    private HttpSmsGateway sms;

    @BeforeAll
    static void startGateway() {
        gateway = new WireMockServer(wireMockConfig().dynamicPort());
        gateway.start();
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void resetGateway() {
        gateway.resetAll();
        sms = gateway(Duration.ofSeconds(5));
    }

    @Test
    void postsTheRenderedTextWithAuthAndIdempotencyKey() {
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(202)));
        Message message = message("notice-9-SMS");

        sms.send(message);

        gateway.verify(1, postRequestedFor(urlEqualTo("/messages"))
                .withHeader("Authorization", equalTo("Bearer " + KEY))
                .withHeader("Idempotency-Key", equalTo("notice-9-SMS"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.to", equalTo("+8613800000000")))
                .withRequestBody(matchingJsonPath("$.text", equalTo(templates.sms(message))))
                .withRequestBody(matchingJsonPath("$.template", equalTo("EXPIRY_WARNING")))
                .withRequestBody(matchingJsonPath("$.language", equalTo("zh"))));
        assertThat(templates.sms(message)).contains("KMS", "2025-07-01");
    }

    @Test
    void serverErrorIsDeliveryFailed() {
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> sms.send(message("k-500")))
                .isInstanceOf(DeliveryFailed.class)
                .hasMessageContaining("500")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void serverErrorIsRetryableAndARefusalIsPermanent() {
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> sms.send(message("k-503"))).isInstanceOfSatisfying(DeliveryFailed.class, e -> assertThat(e.permanent()).isFalse());
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(429)));
        assertThatThrownBy(() -> sms.send(message("k-429"))).isInstanceOfSatisfying(DeliveryFailed.class, e -> assertThat(e.permanent()).isFalse());
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(400)));
        assertThatThrownBy(() -> sms.send(message("k-400"))).isInstanceOfSatisfying(DeliveryFailed.class, e -> assertThat(e.permanent()).isTrue());
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(422)));
        assertThatThrownBy(() -> sms.send(message("k-422"))).isInstanceOfSatisfying(DeliveryFailed.class, e -> assertThat(e.permanent()).isTrue());
    }

    @Test
    void nonSuccessRedirectIsDeliveryFailed() {
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(302).withHeader("Location", "/elsewhere")));

        assertThatThrownBy(() -> sms.send(message("k-302"))).isInstanceOf(DeliveryFailed.class).hasMessageContaining("302");
    }

    @Test
    void slowGatewayIsDeliveryFailedAfterTheReadTimeout() {
        gateway.stubFor(post("/messages").willReturn(aResponse().withStatus(200).withFixedDelay(1000)));
        HttpSmsGateway impatient = gateway(Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.send(message("k-slow")))
                .isInstanceOf(DeliveryFailed.class)
                .hasRootCauseInstanceOf(java.net.http.HttpTimeoutException.class);
    }

    @Test
    void connectionResetIsDeliveryFailed() {
        gateway.stubFor(post("/messages").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> sms.send(message("k-reset"))).isInstanceOfSatisfying(DeliveryFailed.class, e -> assertThat(e.permanent()).isFalse());
    }

    @Test
    void retryingAfterAFaultSendsTheSameIdempotencyKey() {
        gateway.stubFor(post("/messages").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("recovered"));
        gateway.stubFor(post("/messages").inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)));
        Message message = message("notice-11-SMS");

        assertThatThrownBy(() -> sms.send(message)).isInstanceOf(DeliveryFailed.class);
        sms.send(message);

        List<LoggedRequest> requests = gateway.findAll(postRequestedFor(urlEqualTo("/messages")));
        assertThat(requests).hasSize(2);
        assertThat(requests).extracting(r -> r.getHeader("Idempotency-Key")).containsExactly("notice-11-SMS", "notice-11-SMS");
    }

    /** A gateway client for the WireMock server (trailing slash on purpose: it must not double up). */
    private HttpSmsGateway gateway(Duration readTimeout) {
        return new HttpSmsGateway(gateway.baseUrl() + "/", KEY, readTimeout, templates);
    }

    private static Message message(String deliveryKey) {
        return new Message(NoticeKind.EXPIRY_WARNING, "+8613800000000", "zh",
                Map.of("product", "KMS", "subscriptionId", "sub-7", "expiresAt", "2025-07-01"), deliveryKey);
    }
}
