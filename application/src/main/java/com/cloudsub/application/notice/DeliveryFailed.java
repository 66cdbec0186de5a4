package com.cloudsub.application.notice;

/** A notice could not be delivered this time; the outbox retries it with back-off. */
public class DeliveryFailed extends RuntimeException {
    public DeliveryFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
