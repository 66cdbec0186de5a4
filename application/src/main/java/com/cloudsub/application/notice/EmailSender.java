package com.cloudsub.application.notice;

/** Sends a notice by email. Throws {@link DeliveryFailed} when the mail server refuses or cannot be reached. */
public interface EmailSender {
    void send(Message message);
}
