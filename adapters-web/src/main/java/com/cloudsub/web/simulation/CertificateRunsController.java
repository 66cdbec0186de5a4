package com.cloudsub.web.simulation;

import com.cloudsub.application.certificate.RunSslLifecycle;
import com.cloudsub.application.certificate.SettleCertificateHours;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the certificate jobs now, so a demonstration need not wait for the next firing. */
@RestController
@Profile("simulation")
@RequestMapping("/admin/simulation")
@Tag(name = "simulation")
class CertificateRunsController {

    private final SettleCertificateHours settle;
    private final RunSslLifecycle sslLifecycle;

    CertificateRunsController(SettleCertificateHours settle, RunSslLifecycle sslLifecycle) {
        this.settle = settle;
        this.sslLifecycle = sslLifecycle;
    }

    @PostMapping("/certificate-settlement-runs")
    @Operation(summary = "Settle every whole hour of private CAs and certificates not yet settled, and run the on-demand arrears path")
    SettleCertificateHours.Result settle() {
        return settle.run();
    }

    @PostMapping("/ssl-lifecycle-runs")
    @Operation(summary = "Run the SSL certificate pass: renewal-due notices, auto-renew, expiry")
    RunSslLifecycle.Result sslLifecycle() {
        return sslLifecycle.run();
    }
}
