package com.cloudsub.application.billing;

import com.cloudsub.application.shared.Conflicts;
import com.cloudsub.application.shared.Parallel;
import com.cloudsub.domain.account.AccountId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/** Settlement works accounts a page at a time, one transaction per page; a page that lost a race is redone once. */
final class Pages {

    static final int SIZE = 500;

    private Pages() {
    }

    static List<List<AccountId>> of(Collection<AccountId> accounts) {
        List<AccountId> sorted = accounts.stream().distinct().sorted(Comparator.comparing(AccountId::value)).toList();
        List<List<AccountId>> pages = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += SIZE) {
            pages.add(sorted.subList(i, Math.min(sorted.size(), i + SIZE)));
        }
        return pages;
    }

    /** Pages settled at once: the pages hold disjoint accounts, so they only meet on rows a conflict retry handles. */
    static final int WORKERS = 4;

    /** Runs {@code work} for every page on {@link #WORKERS} threads and combines the results; the first failure is rethrown. */
    static <T> T inParallel(List<List<AccountId>> pages, Function<List<AccountId>, T> work, T none, BinaryOperator<T> plus) {
        return Parallel.combine(WORKERS, pages.stream().<Supplier<T>>map(page -> () -> work.apply(page)).toList(), none, plus);
    }

    /**
     * Runs {@code page}; if another node or request changed the same rows meanwhile (a 409 conflict: a bill already
     * there, a stale balance), the page was rolled back whole and is run once more, now skipping what is settled.
     */
    static <T> T withRetry(List<AccountId> page, Function<List<AccountId>, T> work) {
        return Conflicts.retry(2, () -> work.apply(page));
    }
}
