package com.cloudsub.notify.email;

import com.cloudsub.application.notice.DeliveryFailed;
import com.cloudsub.application.notice.EmailSender;
import com.cloudsub.application.notice.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a notice as a plain-text UTF-8 email through Spring's {@link JavaMailSender}. The header
 * {@value #DELIVERY_KEY_HEADER} carries {@link Message#deliveryKey()}, the same on every retry.
 */
public class SmtpEmailSender implements EmailSender {

    public static final String DELIVERY_KEY_HEADER = "X-CloudSub-Delivery-Key";

    private final JavaMailSender mailSender;
    private final NoticeTemplates templates;
    private final String from;

    public SmtpEmailSender(JavaMailSender mailSender, NoticeTemplates templates, String from) {
        this.mailSender = Objects.requireNonNull(mailSender, "mailSender");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.from = Objects.requireNonNull(from, "from");
    }

    @Override
    public void send(Message message) {
        try {
            MimeMessage mime = mailSender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(templates.subject(message));
            helper.setText(templates.body(message), false);
            mime.setHeader(DELIVERY_KEY_HEADER, message.deliveryKey());
            mailSender.send(mime);
        } catch (MailException | MessagingException e) {
            throw new DeliveryFailed("email " + message.kind() + " (delivery key " + message.deliveryKey()
                    + ") not sent: " + e.getMessage(), e);
        }
    }
}
