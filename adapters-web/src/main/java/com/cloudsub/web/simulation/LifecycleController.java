package com.cloudsub.web.simulation;

import com.cloudsub.application.notice.DeliverNotices;
import com.cloudsub.application.subscription.RunLifecycle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    LifecycleController(RunLifecycle runLifecycle, DeliverNotices deliverNotices) {
        this.runLifecycle = runLifecycle;
        this.deliverNotices = deliverNotices;
    }

    record PassResult(RunLifecycle.Result lifecycle, DeliverNotices.Result notices) {
    }

    @PostMapping("/lifecycle-runs")
    @Operation(summary = "Run the lifecycle pass and, unless notices=false, deliver the notices due now")
    PassResult run(@RequestParam(defaultValue = "true") boolean notices) {
        RunLifecycle.Result lifecycle = runLifecycle.run();
        return new PassResult(lifecycle, notices ? deliverNotices.deliver() : new DeliverNotices.Result(0, 0));
    }
}
