package com.cloudsub.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/** Independent parts of a batch job run on a few threads, each in its own transactions, and their results combined. */
public final class Parallel {
    private Parallel() {
    }

    /** Runs every task on at most {@code threads} threads and combines the results; the first failure is rethrown. */
    public static <T> T combine(int threads, List<Supplier<T>> tasks, T none, BinaryOperator<T> plus) {
        if (tasks.size() <= 1 || threads <= 1) {
            return tasks.stream().map(Supplier::get).reduce(none, plus);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()));
        try {
            List<Future<T>> results = new ArrayList<>();
            for (Supplier<T> task : tasks) {
                results.add(pool.submit(task::get));
            }
            T total = none;
            for (Future<T> result : results) {
                total = plus.apply(total, result.get());
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
