package com.cloudsub.persistence.shared;

import com.cloudsub.domain.shared.DomainException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * A write statement rendered once by jOOQ, with a {@code ?} for each value, and executed through JDBC for one row or
 * many. jOOQ's manual suggests this where rendering costs: rendering and binding a purchase's few statements through
 * jOOQ each time was two thirds of its database work in the JVM (docs/benchmarks.md). Many rows go as one JDBC batch,
 * which the driver ({@code rewriteBatchedStatements=true}) sends as multi-row INSERTs or multi-statement UPDATEs; one
 * row as a plain execution. The largest multi-row inserts are written as text instead ({@link StaticInsert}).
 * The values are given in the JDBC types of their columns (String, Long, BigDecimal, LocalDateTime, Boolean, null).
 */
public final class Batch {
    private final DSLContext dsl;
    private final String sql;
    private final int parameters;

    /** {@code statement} is written with null placeholders, one per value. */
    public Batch(DSLContext dsl, Query statement) {
        this.dsl = dsl;
        this.sql = dsl.render(statement);
        this.parameters = statement.getBindValues().size();
    }

    /**
     * Runs the statement once per row.
     *
     * @return the update count of each row's execution
     */
    public <T> int[] execute(Collection<T> rows, Function<T, Object[]> binds) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (rows.size() == 1) {
                    bind(statement, binds.apply(rows.iterator().next()));
                    return new int[] {statement.executeUpdate()};
                }
                for (T row : rows) {
                    bind(statement, binds.apply(row));
                    statement.addBatch();
                }
                return statement.executeBatch();
            }
        });
    }

    /**
     * Runs the statement once with {@code values}.
     *
     * @return its update count
     */
    public int executeOne(Object... values) {
        return execute(java.util.Collections.<Object[]>singletonList(values), row -> row)[0];
    }

    private void bind(PreparedStatement statement, Object[] values) throws SQLException {
        if (values.length != parameters) {
            throw new IllegalArgumentException(values.length + " values for " + parameters + " parameters: " + sql);
        }
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /**
     * The optimistic-lock check of a batch of versioned updates ({@code … WHERE id = ? AND version = ?}): every row must
     * have matched, or another request changed one meanwhile and the whole batch fails with a 409 conflict.
     *
     * @param what the row's kind with its article, e.g. "an account"
     */
    public static void requireEachUpdated(int[] counts, String what) {
        for (int count : counts) {
            if (count != 1) {
                throw DomainException.conflict("stale-version", what + " was changed by another request; retry");
            }
        }
    }
}
