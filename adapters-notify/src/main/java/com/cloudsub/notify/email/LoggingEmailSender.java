package com.cloudsub.notify.email;

import com.cloudsub.application.notice.EmailSender;
import com.cloudsub.application.notice.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when no SMTP server is configured ({@code spring.mail.host} unset): logs the email at INFO instead. */
public class LoggingEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingEmailSender.class);

    private final NoticeTemplates templates;

    public LoggingEmailSender(NoticeTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void send(Message message) {
        log.info("Email not sent (no SMTP server configured; set spring.mail.host) to={} kind={} deliveryKey={}\n"
                        + "Subject: {}\n{}",
                message.recipient(), message.kind(), message.deliveryKey(),
                templates.subject(message), templates.body(message));
    }
}
