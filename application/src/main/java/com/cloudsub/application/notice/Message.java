package com.cloudsub.application.notice;

import com.cloudsub.domain.notice.NoticeKind;
import java.util.Map;
import java.util.Objects;

/**
 * One notice to deliver to one recipient: its kind, the language of the recipient ({@code zh} or
 * {@code en}), the values its template fills in (e.g. {@code product}, {@code subscriptionId},
 * {@code expiresAt}, {@code amount}) and a {@code deliveryKey} that is the same on every retry of the
 * same notice, so a gateway can drop duplicates.
 */
public record Message(NoticeKind kind, String recipient, String language, Map<String, String> values, String deliveryKey) {
    public Message {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(deliveryKey, "deliveryKey");
        language = language == null ? "zh" : language;
        values = Map.copyOf(values);
    }
}
