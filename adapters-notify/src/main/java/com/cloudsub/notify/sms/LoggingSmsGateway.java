package com.cloudsub.notify.sms;

import com.cloudsub.application.notice.Message;
import com.cloudsub.application.notice.SmsGateway;
import com.cloudsub.notify.email.NoticeTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Used when no SMS gateway is configured ({@code cloudsub.notify.sms.url} unset): logs the text at INFO instead. */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    private final NoticeTemplates templates;

    public LoggingSmsGateway(NoticeTemplates templates) {
        this.templates = templates;
    }

    @Override
    public void send(Message message) {
        log.info("SMS not sent (no gateway configured; set cloudsub.notify.sms.url) to={} kind={} deliveryKey={}: {}",
                message.recipient(), message.kind(), message.deliveryKey(), templates.sms(message));
    }
}
