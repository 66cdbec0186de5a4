package com.cloudsub.notify.sms;

import com.cloudsub.application.notice.DeliveryFailed;
import com.cloudsub.application.notice.Message;
import com.cloudsub.application.notice.SmsGateway;
import com.cloudsub.notify.email.NoticeTemplates;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends a notice through the HTTP SMS gateway: {@code POST {url}/messages} with a JSON body, the API key
 * as a bearer token and {@link Message#deliveryKey()} as {@code Idempotency-Key}, so the gateway can drop
 * a retry it has already delivered. It does not retry itself: any non-2xx answer, timeout or I/O error
 * becomes {@link DeliveryFailed} and the outbox retries with back-off.
 */
public class HttpSmsGateway implements SmsGateway {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final RestClient client;
    private final NoticeTemplates templates;

    public HttpSmsGateway(String url, String apiKey, Duration readTimeout, NoticeTemplates templates) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("cloudsub.notify.sms.url must not be blank");
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("cloudsub.notify.sms.key must be set when cloudsub.notify.sms.url is");
        }
        this.templates = Objects.requireNonNull(templates, "templates");
        HttpClient httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(Objects.requireNonNull(readTimeout, "readTimeout"));
        this.client = RestClient.builder()
                .requestFactory(requestFactory)
                .baseUrl(url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey)
                .build();
    }

    @Override
    public void send(Message message) {
        SmsRequest body = new SmsRequest(message.recipient(), templates.sms(message), message.kind().name(),
                templates.language(message));
        try {
            client.post()
                    .uri("/messages")
                    .header("Idempotency-Key", message.deliveryKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(body)
                    .retrieve()
                    .onStatus(status -> !status.is2xxSuccessful(), (request, response) -> {
                        throw new DeliveryFailed(failure(message) + "gateway answered " + response.getStatusCode(), null);
                    })
                    .toBodilessEntity();
        } catch (RestClientException e) {
            throw new DeliveryFailed(failure(message) + e.getMessage(), e);
        }
    }

    private static String failure(Message message) {
        return "SMS " + message.kind() + " (delivery key " + message.deliveryKey() + ") not sent: ";
    }

    /** The gateway's request body. */
    record SmsRequest(String to, String text, String template, String language) {}
}
