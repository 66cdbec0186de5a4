package com.cloudsub.web.subscription;

import com.cloudsub.application.subscription.ChangeAutoRenew;
import com.cloudsub.application.subscription.ExpandSubscription;
import com.cloudsub.application.subscription.PurchaseSubscription;
import com.cloudsub.application.subscription.UseCapacity;
import com.cloudsub.application.subscription.RenewSubscription;
import com.cloudsub.application.subscription.Subscriptions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.IdempotencyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/subscriptions")
@Tag(name = "subscriptions", description = "Prepaid subscriptions: purchase, renewal, auto-renew")
class SubscriptionController {

    private final PurchaseSubscription purchase;
    private final RenewSubscription renew;
    private final Subscriptions subscriptions;
    private final ExpandSubscription expand;
    private final ChangeAutoRenew changeAutoRenew;
    private final UseCapacity useCapacity;
    private final IdempotencyGuard idempotency;

    SubscriptionController(PurchaseSubscription purchase, RenewSubscription renew, Subscriptions subscriptions,
                           ExpandSubscription expand, ChangeAutoRenew changeAutoRenew, UseCapacity useCapacity,
                           IdempotencyGuard idempotency) {
        this.purchase = purchase;
        this.renew = renew;
        this.subscriptions = subscriptions;
        this.expand = expand;
        this.changeAutoRenew = changeAutoRenew;
        this.useCapacity = useCapacity;
        this.idempotency = idempotency;
    }

    record ExpandBody(@NotNull @Size(min = 1, max = 20) Map<String, Integer> addOns) {
    }

    record AutoRenewBody(@NotNull Boolean enabled, Integer months) {
    }

    record CapacityBody(@NotNull Long delta) {
    }

    @PostMapping("/{id}/expansions")
    @Operation(summary = "Add add-on packs for the rest of the current term, charged pro rata by day (R-SUB-7)")
    ResponseEntity<?> expand(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                             @PathVariable String id, @Valid @RequestBody ExpandBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("expand", id, "body", body),
                () -> ResponseEntity.ok(SubscriptionView.of(expand.expand(account, new SubscriptionId(id), body.addOns()))));
    }

    @PutMapping("/{id}/auto-renew")
    @Operation(summary = "Turn auto-renew on or off; months is the auto-renew term (default 1)")
    SubscriptionView autoRenew(@PathVariable String id,
                               @Valid @RequestBody AutoRenewBody body) {
        return SubscriptionView.of(changeAutoRenew.change(Caller.account(), new SubscriptionId(id), body.enabled(),
                body.months() == null ? 1 : body.months()));
    }

    @PostMapping("/{id}/capacity/{capacity}")
    @Operation(summary = "The product reports resources created (+) or deleted (−), e.g. secrets or keys; beyond capacity is refused (422)")
    UseCapacity.Usage capacity(@PathVariable String id,
                               @PathVariable String capacity, @Valid @RequestBody CapacityBody body) {
        return useCapacity.change(Caller.account(), new SubscriptionId(id), capacity, body.delta());
    }

    record PurchaseBody(@NotBlank String product, @NotBlank String edition, @NotBlank String region,
                        @Size(max = 20) Map<String, Integer> addOns, @NotNull Integer months, Boolean autoRenew, BigDecimal voucher) {
    }

    record RenewBody(@NotNull Integer months, Long expectedVersion) {
    }

    record SubscriptionView(String id, String accountId, String product, String edition, String region,
                            Map<String, Integer> addOns, String state, Instant purchasedAt, Instant endsAt,
                            Instant suspendedAt, boolean autoRenew, int autoRenewMonths, long version) {
        static SubscriptionView of(Subscription s) {
            return new SubscriptionView(s.id().value(), s.accountId().value(), s.product(), s.edition(), s.region(), s.addOns(),
                    s.state().name(), s.purchasedAt(), s.endsAt(), s.suspendedAt(), s.autoRenew(), s.autoRenewMonths(), s.version());
        }
    }

    @PostMapping
    @Operation(summary = "Buy a prepaid subscription, paid from the balance (cash first, then gift)")
    ResponseEntity<?> purchase(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                               @Valid @RequestBody PurchaseBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body, () -> {
            Subscription s = purchase.purchase(new PurchaseSubscription.Command(account, body.product(), body.edition(),
                    body.region(), body.addOns(), body.months(), Boolean.TRUE.equals(body.autoRenew()),
                    body.voucher() == null ? null : Money.cny(body.voucher())));
            return ResponseEntity.status(HttpStatus.CREATED).body(SubscriptionView.of(s));
        });
    }

    @GetMapping
    @Operation(summary = "The caller's subscriptions, newest first")
    List<SubscriptionView> list() {
        return subscriptions.ofAccount(Caller.account()).stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's subscriptions")
    SubscriptionView get(@PathVariable String id) {
        return SubscriptionView.of(subscriptions.owned(Caller.account(), new SubscriptionId(id)));
    }

    @PostMapping("/{id}/renewals")
    @Operation(summary = "Renew for a term at today's price; restores a suspended subscription (409 once released)")
    ResponseEntity<?> renew(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                            @PathVariable String id, @Valid @RequestBody RenewBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("subscription", id, "body", body),
                () -> ResponseEntity.ok(SubscriptionView.of(renew.renew(account, new SubscriptionId(id), body.months(), body.expectedVersion()))));
    }
}
