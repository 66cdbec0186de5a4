package com.cloudsub.web.admin;

import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.notice.DeliverNotices;
import com.cloudsub.application.simulation.MoveClock;
import com.cloudsub.application.subscription.RunLifecycle;
import com.cloudsub.domain.shared.DomainException;
import java.security.Principal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Profile;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Simulation profile: the operator moves the platform clock and runs the lifecycle pass, to demonstrate a lifecycle. */
@Controller
@Hidden // a page, not part of the API document
@Profile("simulation")
class ClockPage {

    private final MoveClock moveClock;
    private final RunLifecycle runLifecycle;
    private final DeliverNotices deliverNotices;
    private final AuditLog audit;

    ClockPage(MoveClock moveClock, RunLifecycle runLifecycle, DeliverNotices deliverNotices, AuditLog audit) {
        this.moveClock = moveClock;
        this.runLifecycle = runLifecycle;
        this.deliverNotices = deliverNotices;
        this.audit = audit;
    }

    @GetMapping("/admin/clock")
    String clock(Model model) {
        model.addAttribute("now", moveClock.now());
        model.addAttribute("offset", moveClock.offset());
        return "admin/clock";
    }

    @PostMapping("/admin/clock")
    String move(@RequestParam(defaultValue = "") String by, @RequestParam(defaultValue = "") String reason, Principal operator,
                RedirectAttributes flash) {
        try {
            Duration duration;
            try {
                duration = Duration.parse(by.strip());
            } catch (DateTimeParseException e) {
                throw DomainException.invalid("by", "'" + by + "' is not a duration such as PT24H or P7D");
            }
            flash.addFlashAttribute("message", "the platform clock is now " + moveClock.forward(duration, operator.getName(), reason.strip()));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/clock";
    }

    @PostMapping("/admin/clock/lifecycle-runs")
    String run(Principal operator, RedirectAttributes flash) {
        RunLifecycle.Result lifecycle = runLifecycle.run();
        DeliverNotices.Result notices = deliverNotices.deliver();
        audit.record(new AuditLog.Entry(operator.getName(), AuditLog.Action.LIFECYCLE_RUN, "lifecycle", lifecycle + " " + notices,
                "run from the clock page", moveClock.now()));
        flash.addFlashAttribute("message", "lifecycle pass: " + lifecycle + "; notices: " + notices);
        return "redirect:/admin/clock";
    }
}
