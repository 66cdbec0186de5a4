package com.cloudsub.notify.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.application.notice.DeliveryFailed;
import com.cloudsub.application.notice.Message;
import com.cloudsub.domain.notice.NoticeKind;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpEmailSenderTest {

    @RegisterExtension
    static GreenMailExtension greenMail =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final Map<String, String> VALUES =
            Map.of("product", "Key Management Service", "subscriptionId", "sub-7", "expiresAt", "2025-07-01");

    private final NoticeTemplates templates = new NoticeTemplates();

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void sendsExpiryWarningInChinese() throws Exception {
        sender(greenMail.getSmtp().getPort())
                .send(new Message(NoticeKind.EXPIRY_WARNING, "li.lei@example.com", "zh", VALUES, "notice-1-EMAIL"));

        MimeMessage received = onlyReceived();
        assertThat(received.getAllRecipients()).containsExactly(new InternetAddress("li.lei@example.com"));
        assertThat(received.getFrom()).containsExactly(new InternetAddress("billing@cloudsub.test"));
        assertThat(received.getSubject()).contains("Key Management Service").contains("即将到期");
        assertThat((String) received.getContent()).contains("2025-07-01").contains("sub-7").contains("续费");
        assertThat(received.getHeader(SmtpEmailSender.DELIVERY_KEY_HEADER)).containsExactly("notice-1-EMAIL");
    }

    @Test
    void sendsExpiryWarningInEnglish() throws Exception {
        sender(greenMail.getSmtp().getPort())
                .send(new Message(NoticeKind.EXPIRY_WARNING, "jane@example.com", "en", VALUES, "notice-2-EMAIL"));

        MimeMessage received = onlyReceived();
        assertThat(received.getAllRecipients()).containsExactly(new InternetAddress("jane@example.com"));
        assertThat(received.getSubject()).isEqualTo("[CloudSub] Your Key Management Service expires soon");
        assertThat((String) received.getContent()).contains("expires on 2025-07-01");
        assertThat(received.getHeader(SmtpEmailSender.DELIVERY_KEY_HEADER)).containsExactly("notice-2-EMAIL");
    }

    @Test
    void unreachableServerIsDeliveryFailed() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SmtpEmailSender sender = sender(closedPort);
        Message message = new Message(NoticeKind.EXPIRY_WARNING, "jane@example.com", "en", VALUES, "notice-3-EMAIL");

        assertThatThrownBy(() -> sender.send(message))
                .isInstanceOfSatisfying(DeliveryFailed.class, e -> assertThat(e.permanent()).as("the server may be back later").isFalse())
                .hasMessageContaining("notice-3-EMAIL")
                .hasCauseInstanceOf(org.springframework.mail.MailException.class);
    }

    @Test
    void aMalformedAddressIsPermanent() {
        SmtpEmailSender sender = sender(greenMail.getSmtp().getPort());
        Message message = new Message(NoticeKind.EXPIRY_WARNING, "jane@@example..com (", "en", VALUES, "notice-4-EMAIL");

        assertThatThrownBy(() -> sender.send(message))
                .isInstanceOfSatisfying(DeliveryFailed.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessageContaining("notice-4-EMAIL");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRecipientTheServerRejectsIsPermanent() throws Exception {
        jakarta.mail.SendFailedException rejected = new jakarta.mail.SendFailedException("550 no such user", null, new jakarta.mail.Address[0],
                new jakarta.mail.Address[0], new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress("gone@example.com", false)});
        assertThat(SmtpEmailSender.refused(new org.springframework.mail.MailSendException(java.util.Map.of(new Object(), rejected))))
                .isTrue();
        assertThat(SmtpEmailSender.refused(new org.springframework.mail.MailSendException("451 try again later"))).isFalse();
    }

    private SmtpEmailSender sender(int port) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(port);
        mailSender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mailSender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return new SmtpEmailSender(mailSender, templates, "billing@cloudsub.test");
    }

    private static MimeMessage onlyReceived() throws IOException {
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }
}
