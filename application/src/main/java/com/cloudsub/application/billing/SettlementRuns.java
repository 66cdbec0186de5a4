package com.cloudsub.application.billing;

import java.time.Instant;
import java.util.Optional;

/** The watermark of each settlement job: the start of the last period it completed. */
public interface SettlementRuns {

    Optional<Instant> last(String job);

    void completed(String job, Instant periodStart, Instant at);
}
