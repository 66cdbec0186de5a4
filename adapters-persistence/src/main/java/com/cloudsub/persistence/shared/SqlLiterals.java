package com.cloudsub.persistence.shared;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * SQL literals for the few statements written as text (a hot path where jOOQ's rendering cost more than the database's
 * work). A string is written between quotes only when it is printable ASCII without quotes or backslashes; any other
 * string goes as a hex literal with its character set ({@code _utf8mb4 X'…'}), which no SQL mode reads differently.
 */
public final class SqlLiterals {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int[] POWERS = {1, 10, 100, 1000, 10000, 100000, 1000000};

    private SqlLiterals() {
    }

    /** Appends {@code value} as a string literal. */
    public static StringBuilder string(StringBuilder sql, String value) {
        if (plain(value)) {
            return sql.append('\'').append(value).append('\'');
        }
        sql.append("_utf8mb4 X'");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            sql.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        return sql.append('\'');
    }

    /** Appends {@code instant} as a UTC DATETIME(6) literal ({@code 'uuuu-MM-dd HH:mm:ss.SSSSSS'}, {@link Times}). */
    public static StringBuilder timestamp(StringBuilder sql, Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        sql.append('\'');
        digits(sql, t.getYear(), 4).append('-');
        digits(sql, t.getMonthValue(), 2).append('-');
        digits(sql, t.getDayOfMonth(), 2).append(' ');
        digits(sql, t.getHour(), 2).append(':');
        digits(sql, t.getMinute(), 2).append(':');
        digits(sql, t.getSecond(), 2).append('.');
        return digits(sql, t.getNano() / 1000, 6).append('\'');
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < ' ' || c > '~' || c == '\'' || c == '\\' || c == '"' || c == '`') {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder digits(StringBuilder sql, int value, int width) {
        if (value < 0 || value >= POWERS[width]) {
            throw new IllegalArgumentException(value + " does not fit " + width + " digits");
        }
        for (int p = width - 1; p >= 0; p--) {
            sql.append((char) ('0' + value / POWERS[p] % 10));
        }
        return sql;
    }
}
