package com.cloudsub.persistence.shared;

import java.util.Collection;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * Many rows written through one prepared statement: jOOQ renders the statement once and binds each row, and the
 * driver ({@code rewriteBatchedStatements=true}) sends the batch as multi-row INSERTs or multi-statement UPDATEs.
 * Rendering one statement with thousands of inline rows instead costs more than the database's own work.
 */
public final class Batch {
    private Batch() {
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
}
