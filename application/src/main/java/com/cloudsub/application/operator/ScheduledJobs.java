package com.cloudsub.application.operator;

import java.time.Instant;
import java.util.List;

/** The scheduler's jobs as operators see them: when each last ran, when it runs next, and its last failure. */
public interface ScheduledJobs {

    record JobStatus(String name, String description, String state, Instant lastRun, Instant nextRun, String lastFailure,
                     Instant lastFailureAt) {
    }

    List<JobStatus> jobs();
}
