package com.cloudsub.persistence.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

/**
 * One multi-row INSERT written as text and sent as a static statement, for the writes of thousands of rows on a hot
 * path (usage batches, a settlement page's bills and lines, a lifecycle page's notices and actions). jOOQ's rendering
 * of that many inline values cost more CPU than the database's insert, and a prepared statement with tens of thousands
 * of bind values costs the driver even more (docs/benchmarks.md). Table and column names come from the generated jOOQ
 * classes, in backticks.
 * <p>
 * Every value is written as a literal no SQL mode reads differently: numbers, {@code TRUE}/{@code FALSE}, NULL,
 * timestamps written digit by digit, and strings between quotes only when they are printable ASCII without quotes or
 * backslashes — any other string goes as a hex literal with its character set ({@code _utf8mb4 X'…'}).
 */
public final class StaticInsert {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int[] POWERS = {1, 10, 100, 1000, 10000, 100000, 1000000};

    private final StringBuilder sql;
    private final int columns;
    private int rows;

    private StaticInsert(String verb, Table<?> table, Field<?>... fields) {
        this.sql = new StringBuilder(64 * 1024).append(verb).append('`').append(table.getName()).append("` (")
                .append(Arrays.stream(fields).map(f -> "`" + f.getName() + "`").collect(Collectors.joining(", "))).append(") VALUES ");
        this.columns = fields.length;
    }

    public static StaticInsert into(Table<?> table, Field<?>... fields) {
        return new StaticInsert("INSERT INTO ", table, fields);
    }

    /** An INSERT IGNORE: rows whose unique key exists already are dropped, and not counted. */
    public static StaticInsert ignoringDuplicatesInto(Table<?> table, Field<?>... fields) {
        return new StaticInsert("INSERT IGNORE INTO ", table, fields);
    }

    /** Adds a row: String, Integer, Long, BigDecimal, Boolean, LocalDateTime (UTC, as stored) or null values. */
    public StaticInsert values(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        sql.append(rows++ == 0 ? "(" : ",(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sql.append(',');
            }
            literal(values[i]);
        }
        sql.append(')');
        return this;
    }

    /**
     * Runs the insert in the current transaction.
     *
     * @return the number of rows inserted
     * @throws DuplicateKeyException when a row's unique key exists already (not for {@link #ignoringDuplicatesInto})
     */
    public int execute(DSLContext dsl) {
        if (rows == 0) {
            return 0;
        }
        try {
            return dsl.connectionResult(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate(sql.toString());
                }
            });
        } catch (DataAccessException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException duplicate) {
                throw new DuplicateKeyException(duplicate.getMessage(), duplicate);
            }
            throw e;
        }
    }

    private void literal(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof BigDecimal d) {
            sql.append(d.toPlainString());
        } else if (value instanceof Integer || value instanceof Long) {
            sql.append(value);
        } else if (value instanceof Boolean b) {
            sql.append(b ? "TRUE" : "FALSE");
        } else if (value instanceof LocalDateTime t) {
            timestamp(t);
        } else {
            throw new IllegalArgumentException("no literal for " + value.getClass());
        }
    }

    private void string(String value) {
        if (plain(value)) {
            sql.append('\'').append(value).append('\'');
            return;
        }
        sql.append("_utf8mb4 X'");
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            sql.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        sql.append('\'');
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

    /** {@code 'uuuu-MM-dd HH:mm:ss.SSSSSS'}: DATETIME(6) keeps microseconds. */
    private void timestamp(LocalDateTime t) {
        sql.append('\'');
        digits(t.getYear(), 4).append('-');
        digits(t.getMonthValue(), 2).append('-');
        digits(t.getDayOfMonth(), 2).append(' ');
        digits(t.getHour(), 2).append(':');
        digits(t.getMinute(), 2).append(':');
        digits(t.getSecond(), 2).append('.');
        digits(t.getNano() / 1000, 6).append('\'');
    }

    private StringBuilder digits(int value, int width) {
        if (value < 0 || value >= POWERS[width]) {
            throw new IllegalArgumentException(value + " does not fit " + width + " digits");
        }
        for (int p = width - 1; p >= 0; p--) {
            sql.append((char) ('0' + value / POWERS[p] % 10));
        }
        return sql;
    }
}
