package com.cloudsub.notify.email;

import com.cloudsub.application.notice.DeliveryFailed;
import com.cloudsub.application.notice.EmailSender;
import com.cloudsub.application.notice.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a notice as a plain-text UTF-8 email through Spring's {@link JavaMailSender}. The header
 * {@value #DELIVERY_KEY_HEADER} carries {@link Message#deliveryKey()}, the same on every retry. A refused address is
 * a permanent {@link DeliveryFailed}; any other failure is retried by the outbox.
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
            String failure = "email " + message.kind() + " (delivery key " + message.deliveryKey() + ") not sent: " + e.getMessage();
            throw refused(e) ? DeliveryFailed.permanent(failure, e) : DeliveryFailed.retryable(failure, e);
        }
    }

    /**
     * Whether the address itself is refused: malformed ({@link AddressException}, {@link MailParseException}) or
     * rejected by the server for this recipient ({@link SendFailedException} naming invalid addresses). Anything else
     * (server unreachable, authentication, a temporary 4xx) may succeed on a retry.
     */
    static boolean refused(Exception e) {
        if (e instanceof MailParseException) {
            return true;
        }
        List<Throwable> causes = new ArrayList<>();
        if (e instanceof MailSendException send) {
            causes.addAll(send.getFailedMessages().values());
        }
        causes.add(e);
        for (Throwable cause : causes) {
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof AddressException
                        || t instanceof SendFailedException failed && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
