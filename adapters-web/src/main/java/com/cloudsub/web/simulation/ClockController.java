package com.cloudsub.web.simulation;

import com.cloudsub.application.simulation.MoveClock;
import com.cloudsub.domain.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operator's clock control; exists only in the simulation profile. */
@RestController
@Profile("simulation")
@RequestMapping("/admin/simulation/clock")
@Tag(name = "simulation", description = "Operator clock control (simulation profile only)")
class ClockController {

    private final MoveClock moveClock;

    ClockController(MoveClock moveClock) {
        this.moveClock = moveClock;
    }

    record ClockView(Instant now, String offset) {
    }

    record MoveRequest(String by, String reason) {
    }

    @GetMapping
    @Operation(summary = "The platform time and how far it is ahead of real time")
    ClockView show() {
        return new ClockView(moveClock.now(), moveClock.offset().toString());
    }

    @PostMapping
    @Operation(summary = "Move the platform clock forward by an ISO-8601 duration such as PT24H or P7D, with an optional "
            + "reason; the move is audited")
    ClockView move(@Valid @RequestBody MoveRequest request, Principal operator) {
        moveClock.forward(parse(request.by()), operator.getName(), request.reason());
        return show();
    }

    private static Duration parse(String by) {
        if (by == null || by.isBlank()) {
            throw DomainException.invalid("by", "give a duration such as PT24H or P7D");
        }
        try {
            return Duration.parse(by);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("by", "'" + by + "' is not an ISO-8601 duration such as PT24H or P7D");
        }
    }
}
