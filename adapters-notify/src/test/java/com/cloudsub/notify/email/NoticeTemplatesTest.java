package com.cloudsub.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudsub.application.notice.Message;
import com.cloudsub.domain.notice.NoticeKind;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NoticeTemplatesTest {

    private final NoticeTemplates templates = new NoticeTemplates();

    /** A distinct value for every placeholder name, so a filled template shows no {...} left. */
    private static final Map<String, String> ALL_VALUES = NoticeTemplates.PLACEHOLDERS.stream()
            .collect(Collectors.toMap(Function.identity(), name -> "<" + name + ">"));

    @Test
    @DisplayName("R-NOT-1 every notice kind has an email subject, body and SMS text in Chinese and English")
    void everyKindHasSubjectBodyAndSmsInChineseAndEnglishWithPlaceholdersFilled() {
        for (NoticeKind kind : NoticeKind.values()) {
            for (String language : new String[] {"zh", "en"}) {
                Message message = new Message(kind, "someone@example.com", language, ALL_VALUES, "k-1");
                for (String text : new String[] {templates.subject(message), templates.body(message), templates.sms(message)}) {
                    assertThat(text).as("%s %s", kind, language).isNotBlank().doesNotContain("{", "}");
                }
                assertThat(templates.body(message)).as("%s %s body", kind, language).contains("<");
                assertThat(templates.sms(message).length()).as("%s %s SMS length", kind, language).isLessThanOrEqualTo(140);
            }
        }
    }

    @Test
    void chineseAndEnglishDiffer() {
        for (NoticeKind kind : NoticeKind.values()) {
            Message zh = new Message(kind, "a@example.com", "zh", ALL_VALUES, "k");
            Message en = new Message(kind, "a@example.com", "en", ALL_VALUES, "k");
            assertThat(templates.subject(zh)).as(kind.name()).isNotEqualTo(templates.subject(en));
            assertThat(templates.sms(zh)).as(kind.name()).isNotEqualTo(templates.sms(en));
        }
    }

    @Test
    void expiryWarningFillsProductSubscriptionAndDate() {
        Map<String, String> values = Map.of("product", "KMS", "subscriptionId", "sub-42", "expiresAt", "2025-07-01");

        Message zh = new Message(NoticeKind.EXPIRY_WARNING, "a@example.com", "zh", values, "k");
        assertThat(templates.subject(zh)).isEqualTo("【CloudSub】您的 KMS 即将到期");
        assertThat(templates.body(zh)).contains("KMS（订阅编号 sub-42）将于 2025-07-01 到期");
        assertThat(templates.sms(zh)).isEqualTo("您的 KMS（订阅 sub-42）将于 2025-07-01 到期，请及时续费。");

        Message en = new Message(NoticeKind.EXPIRY_WARNING, "a@example.com", "en", values, "k");
        assertThat(templates.subject(en)).isEqualTo("[CloudSub] Your KMS expires soon");
        assertThat(templates.body(en)).contains("Your KMS subscription sub-42 expires on 2025-07-01.");
    }

    @Test
    void languageIsEnglishOnlyForEnAndChineseOtherwise() {
        assertThat(templates.language(message("en"))).isEqualTo("en");
        assertThat(templates.language(message("en-US"))).isEqualTo("en");
        assertThat(templates.language(message("zh"))).isEqualTo("zh");
        assertThat(templates.language(message(null))).isEqualTo("zh");
        assertThat(templates.language(message("fr"))).isEqualTo("zh");
        assertThat(templates.subject(message("fr"))).isEqualTo(templates.subject(message("zh")));
    }

    @Test
    void missingValuesRenderEmptyAndUnknownPlaceholdersStay() {
        assertThat(NoticeTemplates.fill("{product} on {expiresAt} {nosuch} {", Map.of("product", "SSM")))
                .isEqualTo("SSM on  {nosuch} {");
        assertThat(NoticeTemplates.fill("{product}", Map.of("product", "$1 \\ {amount}")))
                .isEqualTo("$1 \\ {amount}");
        assertThat(templates.body(new Message(NoticeKind.BALANCE_LOW, "a@example.com", "en", Map.of(), "k")))
                .contains("Your account balance is , below");
    }

    private static Message message(String language) {
        return new Message(NoticeKind.SUSPENDED, "a@example.com", language, Map.of("product", "KMS"), "k");
    }
}
