package com.cloudsub.web.refund;

import com.cloudsub.application.refund.RefundSubscription;
import com.cloudsub.application.refund.Refunds;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.refund.Refund;
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
import java.security.Principal;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "refunds", description = "Prepaid refunds (customer request, operator review)")
class RefundController {

    private final RefundSubscription refundSubscription;
    private final Refunds refunds;
    private final IdempotencyGuard idempotency;

    RefundController(RefundSubscription refundSubscription, Refunds refunds, IdempotencyGuard idempotency) {
        this.refundSubscription = refundSubscription;
        this.refunds = refunds;
        this.idempotency = idempotency;
    }

    record RefundView(String id, String subscriptionId, String accountId, String product, String state, BigDecimal amount,
                      BigDecimal cash, BigDecimal gift, String rule, boolean noReason, Instant requestedAt, Instant decidedAt,
                      String decidedBy, String reason) {
        static RefundView of(Refund r) {
            return new RefundView(r.id(), r.subscriptionId().value(), r.accountId().value(), r.product(), r.state().name(),
                    r.amount().paid().amount(), r.amount().cash().amount(), r.amount().gift().amount(), r.rule(), r.noReason(),
                    r.requestedAt(), r.decidedAt(), r.decidedBy(), r.reason());
        }
    }

    record DecisionBody(@NotNull Boolean approve, @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/subscriptions/{id}/refunds")
    @Operation(summary = "Refund a subscription: KMS waits for review, API gateway dedicated is paid at once; SSM and white-box refuse")
    ResponseEntity<?> request(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("refund", id), () -> {
            Refund refund = refundSubscription.request(account, new SubscriptionId(id));
            HttpStatus status = refund.state() == Refund.State.PAID ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
            return ResponseEntity.status(status).body(RefundView.of(refund));
        });
    }

    @GetMapping("/admin/refunds")
    @Operation(summary = "Operator: refunds awaiting review, oldest first")
    List<RefundView> awaitingReview() {
        return refunds.awaitingReview().stream().map(RefundView::of).toList();
    }

    @PostMapping("/admin/refunds/{id}/decision")
    @Operation(summary = "Operator: approve (pays the refund) or reject a refund, with a reason; the logged-in operator decides "
            + "and the decision is audited")
    RefundView decide(@PathVariable String id, @Valid @RequestBody DecisionBody body, Principal operator) {
        return RefundView.of(refundSubscription.decide(id, body.approve(), operator.getName(), body.reason()));
    }
}
