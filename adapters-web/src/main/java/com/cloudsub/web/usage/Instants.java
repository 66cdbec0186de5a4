package com.cloudsub.web.usage;

import com.cloudsub.domain.shared.DomainException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads the instants of usage records. The form products send, {@code 2026-11-23T08:00:00[.fraction]Z}, is read
 * digit by digit: {@code DateTimeFormatter} parsing was the largest part of reading a batch (docs/benchmarks.md).
 * Any other ISO-8601 date-time with an offset is read by {@link OffsetDateTime#parse}.
 */
final class Instants {
    private Instants() {
    }

    static Instant parse(String text, String field) {
        try {
            Instant fast = utc(text);
            return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.invalid(field, field + " is an ISO-8601 instant such as 2026-11-23T08:00:00Z, not '" + text + "'");
        }
    }

    /** {@code text} read as {@code uuuu-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null when it is written in another form. */
    private static Instant utc(String text) {
        int n = text.length();
        if (n < 20 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int digits = n - 21;
            if (text.charAt(19) != '.' || digits < 1 || digits > 9) {
                return null;
            }
            int fraction = number(text, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            for (int i = digits; i < 9; i++) {
                fraction *= 10;
            }
            nanos = fraction;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
    }

    /** The decimal number written in {@code text[from, to)}, or -1 when a character there is not a digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
