package com.cloudsub.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.notice.EmailSender;
import com.cloudsub.application.notice.SmsGateway;
import com.cloudsub.notify.email.LoggingEmailSender;
import com.cloudsub.notify.email.SmtpEmailSender;
import com.cloudsub.notify.sms.HttpSmsGateway;
import com.cloudsub.notify.sms.LoggingSmsGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NotifyConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(NotifyConfiguration.class);

    @Test
    void withoutSmtpOrGatewayBothAreOnlyLogged() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(EmailSender.class)).isInstanceOf(LoggingEmailSender.class);
            assertThat(context.getBean(SmsGateway.class)).isInstanceOf(LoggingSmsGateway.class);
        });
    }

    @Test
    void withSmtpHostAndGatewayUrlTheRealOnesAreUsed() {
        runner.withPropertyValues("spring.mail.host=localhost", "cloudsub.notify.sms.url=http://localhost:1",
                        "cloudsub.notify.sms.key=secret", "cloudsub.notify.sms.timeout=3s")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(EmailSender.class)).isInstanceOf(SmtpEmailSender.class);
                    assertThat(context.getBean(SmsGateway.class)).isInstanceOf(HttpSmsGateway.class);
                });
    }
}
