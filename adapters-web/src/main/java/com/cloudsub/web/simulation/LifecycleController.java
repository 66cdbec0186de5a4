package com.cloudsub.web.simulation;

import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.notice.DeliverNotices;
import com.cloudsub.application.subscription.RunLifecycle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs the scheduled passes now, so a demonstration need not wait for the next firing. */
@RestController
@Profile("simulation")
@RequestMapping("/admin/simulation")
@Tag(name = "simulation")
class LifecycleController {

    private final RunLifecycle runLifecycle;
    private final DeliverNotices deliverNotices;
    private final AuditLog audit;
    private final Clock clock;

    LifecycleController(RunLifecycle runLifecycle, DeliverNotices deliverNotices, AuditLog audit, Clock clock) {
        this.runLifecycle = runLifecycle;
        this.deliverNotices = deliverNotices;
        this.audit = audit;
        this.clock = clock;
    }

    record PassResult(RunLifecycle.Result lifecycle, DeliverNotices.Result notices) {
    }

    @PostMapping("/lifecycle-runs")
    @Operation(summary = "Run the lifecycle pass and, unless notices=false, deliver the notices due now (audited)")
    PassResult run(Principal operator, @RequestParam(defaultValue = "true") boolean notices) {
        RunLifecycle.Result lifecycle = runLifecycle.run();
        PassResult result = new PassResult(lifecycle, notices ? deliverNotices.deliver() : new DeliverNotices.Result(0, 0));
        // The pass commits page by page, each page on its own; the entry records that the operator ran it, and what it did.
        audit.record(new AuditLog.Entry(operator.getName(), AuditLog.Action.LIFECYCLE_RUN, "lifecycle", result.toString(),
                "run on demand", clock.instant()));
        return result;
    }
}
