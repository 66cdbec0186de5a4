package com.cloudsub.web.usage;

import com.cloudsub.application.usage.ChangeResource;
import com.cloudsub.application.usage.PaygResources;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import com.cloudsub.domain.usage.ResourceState;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.IdempotencyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "resources", description = "Pay-as-you-go resources billed by state: secrets, KMS keys, dedicated API gateway instances")
class ResourceController {

    private final ChangeResource change;
    private final PaygResources resources;
    private final IdempotencyGuard idempotency;

    ResourceController(ChangeResource change, PaygResources resources, IdempotencyGuard idempotency) {
        this.change = change;
        this.resources = resources;
        this.idempotency = idempotency;
    }

    record CreateBody(@NotNull ResourceKind kind, @NotBlank String region, String edition) {
    }

    record ChangeBody(@NotNull ResourceState state) {
    }

    record ChangeView(String state, Instant at) {
    }

    record ResourceView(String id, String kind, String product, String region, String meter, String state, Instant createdAt,
                        List<ChangeView> timeline) {
        static ResourceView of(PaygResource r) {
            return new ResourceView(r.id(), r.kind().name(), r.kind().product(), r.region(), r.meter(), r.state().name(), r.createdAt(),
                    r.changes().stream().map(c -> new ChangeView(c.state().name(), c.at())).toList());
        }
    }

    @PostMapping
    @Operation(summary = "The product reports a new resource (SECRET, CUSTOMER_KEY, SERVICE_KEY, DEDICATED_INSTANCE with edition dedicated-*-hourly)")
    ResponseEntity<?> create(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @Valid @RequestBody CreateBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body, () -> ResponseEntity.status(HttpStatus.CREATED).body(ResourceView.of(
                change.create(new ChangeResource.Create(account, body.kind(), body.region(), body.edition())))));
    }

    @PostMapping("/{id}/state-changes")
    @Operation(summary = "The product reports a state change now: ENABLED, DISABLED, PENDING_DELETION, DELETED, RELEASED (409 when not allowed)")
    ResponseEntity<?> change(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                             @PathVariable String id, @Valid @RequestBody ChangeBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("resource", id, "body", body),
                () -> ResponseEntity.ok(ResourceView.of(change.change(account, id, body.state()))));
    }

    @GetMapping
    @Operation(summary = "The caller's resources with their state timelines")
    List<ResourceView> list() {
        return resources.of(Caller.account()).stream().map(ResourceView::of).toList();
    }
}
