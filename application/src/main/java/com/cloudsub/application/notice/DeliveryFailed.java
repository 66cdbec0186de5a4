package com.cloudsub.application.notice;

/**
 * A notice could not be delivered. A transient failure (server unreachable, timeout, 5xx) is retried with back-off;
 * a permanent one (the gateway or mail server refuses this message or address) is given up at once, since sending it
 * again would be refused again.
 */
public class DeliveryFailed extends RuntimeException {
    private final boolean permanent;

    private DeliveryFailed(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    public static DeliveryFailed retryable(String message, Throwable cause) {
        return new DeliveryFailed(message, cause, false);
    }

    public static DeliveryFailed permanent(String message, Throwable cause) {
        return new DeliveryFailed(message, cause, true);
    }

    public boolean permanent() {
        return permanent;
    }
}
