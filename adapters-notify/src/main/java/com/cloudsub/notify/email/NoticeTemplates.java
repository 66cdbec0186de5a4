package com.cloudsub.notify.email;

import com.cloudsub.application.notice.Message;
import com.cloudsub.domain.notice.NoticeKind;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording of every notice, in Chinese ({@code zh}, the default) and English ({@code en}), read from
 * {@code notices/notices_zh.properties} and {@code notices/notices_en.properties} (UTF-8, which Java 9+
 * property bundles read by default).
 *
 * <p>Templates hold {@code {name}} placeholders filled from {@link Message#values()}. A name from
 * {@link #PLACEHOLDERS} with no value renders as empty; any other {@code {...}} is left as it is, so a
 * typo in a bundle shows in the text instead of vanishing. Rendering never throws: the constructor
 * checks that every kind has a subject, a body and an SMS text in both languages.
 */
public final class NoticeTemplates {

    /** The placeholder names templates may use; {@link Message#values()} supplies them as plain strings. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "product", "subscriptionId", "expiresAt", "amount", "reason", "dueAt", "releaseAt",
            "releasedAt", "decision", "threshold", "budget", "domain", "limit");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final String BUNDLE = "notices.notices";

    private final ResourceBundle zh;
    private final ResourceBundle en;

    public NoticeTemplates() {
        ResourceBundle.Control noFallback =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.zh = ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, noFallback);
        this.en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, noFallback);
        for (ResourceBundle bundle : new ResourceBundle[] {zh, en}) {
            for (NoticeKind kind : NoticeKind.values()) {
                for (String part : new String[] {"subject", "body", "sms"}) {
                    if (!bundle.containsKey(key(kind, part))) {
                        throw new IllegalStateException("notice template missing: " + key(kind, part)
                                + " in " + BUNDLE + "_" + bundle.getLocale());
                    }
                }
            }
        }
    }

    /** The language the message is rendered in: {@code en} for English, otherwise {@code zh}. */
    public String language(Message message) {
        return Locale.forLanguageTag(message.language().replace('_', '-')).getLanguage().equals("en") ? "en" : "zh";
    }

    public String subject(Message message) {
        return render(message, "subject");
    }

    public String body(Message message) {
        return render(message, "body");
    }

    public String sms(Message message) {
        return render(message, "sms");
    }

    private String render(Message message, String part) {
        ResourceBundle bundle = language(message).equals("en") ? en : zh;
        return fill(bundle.getString(key(message.kind(), part)), message.values());
    }

    static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                value = PLACEHOLDERS.contains(name) ? "" : matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String key(NoticeKind kind, String part) {
        return kind.name() + "." + part;
    }
}
