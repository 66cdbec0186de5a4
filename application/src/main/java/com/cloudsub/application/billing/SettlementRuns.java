package com.cloudsub.application.billing;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The progress of each settlement job: its watermark (the start of the last period it completed) and how far it has
 * closed its periods to usage. A job closes periods before it reads their usage, so usage of a closed period is
 * refused at ingestion instead of being stored and never billed.
 */
public interface SettlementRuns {

    Optional<Instant> last(String job);

    void completed(String job, Instant periodStart, Instant at);

    /** The job's periods before {@code until} are settled or being settled; closed {@code at}. */
    record Closed(Instant until, Instant at) {
    }

    /**
     * Closes the job's periods before {@code until} (a closing never moves back). It waits for usage being stored under
     * {@link #closed} to commit, so the settlement that follows reads all of it.
     */
    void close(String job, Instant until, Instant at);

    /**
     * How far these jobs have closed their periods (jobs that never closed any are absent), read with a shared lock
     * held until the caller's transaction ends, so that no closing slips between this check and storing the usage.
     */
    Map<String, Closed> closed(Collection<String> jobs);
}
