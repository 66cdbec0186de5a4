package com.cloudsub.application.notice;

/**
 * Sends a notice by SMS through the HTTP SMS gateway. Throws {@link DeliveryFailed} on any fault
 * (5xx, timeout, connection reset); the caller retries with the same {@link Message#deliveryKey()}.
 */
public interface SmsGateway {
    void send(Message message);
}
