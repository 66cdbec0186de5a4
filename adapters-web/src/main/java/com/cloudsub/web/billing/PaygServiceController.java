package com.cloudsub.web.billing;

import com.cloudsub.application.billing.OpenPaygService;
import com.cloudsub.application.billing.PaygServices;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.IdempotencyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "pay-as-you-go", description = "Opened pay-as-you-go services and their arrears state")
class PaygServiceController {

    private final OpenPaygService open;
    private final PaygServices services;
    private final IdempotencyGuard idempotency;

    PaygServiceController(OpenPaygService open, PaygServices services, IdempotencyGuard idempotency) {
        this.open = open;
        this.services = services;
        this.idempotency = idempotency;
    }

    record OpenBody(@NotBlank String product) {
    }

    record MigrateBody(@NotBlank String accountId, @NotBlank String product, @NotNull Instant openedAt) {
    }

    record StopView(Instant stoppedAt, Instant restoredAt) {
    }

    record ServiceView(String product, Instant openedAt, String state, boolean accessAllowed, Instant arrearsSince, Instant releasedAt,
                       List<StopView> stops) {
        static ServiceView of(PaygService s) {
            return new ServiceView(s.product(), s.openedAt(), s.state().name(), s.accessAllowed(), s.arrearsSince(), s.releasedAt(),
                    s.stops().stream().map(i -> new StopView(i.start(), i.end())).toList());
        }
    }

    @PostMapping("/api/v1/payg-services")
    @Operation(summary = "Open pay-as-you-go KMS or API gateway now (SSM legacy is for existing customers only: 422)")
    ResponseEntity<?> open(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @Valid @RequestBody OpenBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(ServiceView.of(open.open(account, body.product()))));
    }

    @GetMapping("/api/v1/payg-services")
    @Operation(summary = "The caller's pay-as-you-go services: state (NORMAL, ARREARS, STOPPED, RELEASED), access, stops")
    List<ServiceView> list() {
        AccountId account = Caller.account();
        return services.of(List.of(account)).getOrDefault(account, List.of()).stream().map(ServiceView::of).toList();
    }

    @PostMapping("/admin/payg-services")
    @Operation(summary = "Operator: open or migrate a customer's pay-as-you-go service as of its original opening instant")
    ResponseEntity<ServiceView> migrate(@Valid @RequestBody MigrateBody body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ServiceView.of(open.migrate(new AccountId(body.accountId()), body.product(), body.openedAt())));
    }
}
