package com.cloudsub.persistence.shared;

import com.cloudsub.domain.shared.DomainException;
import java.util.Collection;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;

/**
 * Many rows written through one prepared statement: jOOQ renders the statement once and binds each row, and the
 * driver ({@code rewriteBatchedStatements=true}) sends the batch as multi-row INSERTs or multi-statement UPDATEs.
 * Rendering one statement with thousands of inline rows instead costs more than the database's own work.
 */
public final class Batch {
    private Batch() {
    }

    /**
     * A context whose statements are sent as static SQL with their values inlined (jOOQ escapes them). For one
     * multi-row statement with tens of thousands of values, the driver's work on a prepared statement's parameters
     * costs more than the database's insert.
     */
    public static DSLContext inlined(DSLContext dsl) {
        return DSL.using(dsl.configuration().derive(SettingsTools.clone(dsl.settings()).withStatementType(StatementType.STATIC_STATEMENT)));
    }

    /**
     * Runs {@code statement} (written with null placeholders, one per bind value) once per row.
     *
     * @return the update count of each row's execution
     */
    public static <T> int[] execute(DSLContext dsl, Query statement, Collection<T> rows, Function<T, Object[]> binds) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        BatchBindStep batch = dsl.batch(statement);
        for (T row : rows) {
            batch = batch.bind(binds.apply(row));
        }
        return batch.execute();
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
