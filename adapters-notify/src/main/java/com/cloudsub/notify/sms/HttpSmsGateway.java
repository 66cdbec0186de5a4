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
 * a retry it has already delivered. It does not retry itself: a timeout, I/O error, 3xx, 5xx, 408 or 429 is a
 * retryable {@link DeliveryFailed} the outbox retries with back-off; any other 4xx (the gateway refuses this message,
 * e.g. a malformed number) is permanent.
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
                        String failure = failure(message) + "gateway answered " + response.getStatusCode();
                        throw refused(response.getStatusCode().value()) ? DeliveryFailed.permanent(failure, null)
                                : DeliveryFailed.retryable(failure, null);
                    })
                    .toBodilessEntity();
        } catch (RestClientException e) {
            throw DeliveryFailed.retryable(failure(message) + e.getMessage(), e);
        }
    }

    /** A 4xx other than 408 (timeout) and 429 (too many requests): the gateway refuses this message as it is. */
    static boolean refused(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    private static String failure(Message message) {
        return "SMS " + message.kind() + " (delivery key " + message.deliveryKey() + ") not sent: ";
    }

    /** The gateway's request body. */
    record SmsRequest(String to, String text, String template, String language) {}
}
