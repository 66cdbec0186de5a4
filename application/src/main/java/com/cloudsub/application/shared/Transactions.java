package com.cloudsub.application.shared;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is applied or none. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
