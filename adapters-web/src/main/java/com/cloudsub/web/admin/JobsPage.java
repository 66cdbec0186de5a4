package com.cloudsub.web.admin;

import com.cloudsub.application.operator.OperatorViews;
import com.cloudsub.application.operator.ScheduledJobs;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The scheduled jobs (last and next run, failures) and the notice outbox's pending and failed sends. */
@Controller
@Hidden // a page, not part of the API document
class JobsPage {

    private final ScheduledJobs jobs;
    private final OperatorViews views;

    JobsPage(ScheduledJobs jobs, OperatorViews views) {
        this.jobs = jobs;
        this.views = views;
    }

    @GetMapping("/admin/jobs")
    String jobs(Model model) {
        model.addAttribute("jobs", jobs.jobs());
        model.addAttribute("outbox", views.undelivered(200));
        return "admin/jobs";
    }
}
