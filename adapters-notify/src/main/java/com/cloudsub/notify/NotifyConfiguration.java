package com.cloudsub.notify;

import com.cloudsub.application.notice.EmailSender;
import com.cloudsub.application.notice.SmsGateway;
import com.cloudsub.notify.email.LoggingEmailSender;
import com.cloudsub.notify.email.NoticeTemplates;
import com.cloudsub.notify.email.SmtpEmailSender;
import com.cloudsub.notify.sms.HttpSmsGateway;
import com.cloudsub.notify.sms.LoggingSmsGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Wires the notice ports. With {@code spring.mail.host} set (Spring Boot then provides the
 * {@link JavaMailSender}) emails go out over SMTP; with {@code cloudsub.notify.sms.url} set SMS go to the
 * HTTP gateway. Otherwise both are only logged, so the demo runs without either.
 *
 * <p>Each logging fallback is declared after the real sender in this class: bean methods are registered
 * in declaration order, so {@code @ConditionalOnMissingBean} sees the real one when it exists.
 */
@Configuration(proxyBeanMethods = false)
public class NotifyConfiguration {

    @Bean
    NoticeTemplates noticeTemplates() {
        return new NoticeTemplates();
    }

    @Bean
    @ConditionalOnProperty("spring.mail.host")
    EmailSender smtpEmailSender(JavaMailSender mailSender, NoticeTemplates templates,
            @Value("${cloudsub.notify.email.from:noreply@cloudsub.local}") String from) {
        return new SmtpEmailSender(mailSender, templates, from);
    }

    @Bean
    @ConditionalOnMissingBean(EmailSender.class)
    EmailSender loggingEmailSender(NoticeTemplates templates) {
        return new LoggingEmailSender(templates);
    }

    @Bean
    @ConditionalOnProperty("cloudsub.notify.sms.url")
    SmsGateway httpSmsGateway(@Value("${cloudsub.notify.sms.url}") String url,
            @Value("${cloudsub.notify.sms.key:}") String key,
            @Value("${cloudsub.notify.sms.timeout:5s}") String timeout,
            NoticeTemplates templates) {
        return new HttpSmsGateway(url, key, DurationStyle.detectAndParse(timeout), templates);
    }

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway loggingSmsGateway(NoticeTemplates templates) {
        return new LoggingSmsGateway(templates);
    }
}
