package com.cloudsub.web.usage;

import com.cloudsub.application.usage.BuyPack;
import com.cloudsub.application.usage.ResourcePacks;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.ResourcePack;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.IdempotencyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
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
@RequestMapping("/api/v1/packs")
@Tag(name = "packs", description = "API gateway resource packs: bought and free-tier")
class PackController {

    private final BuyPack buyPack;
    private final ResourcePacks packs;
    private final IdempotencyGuard idempotency;

    PackController(BuyPack buyPack, ResourcePacks packs, IdempotencyGuard idempotency) {
        this.buyPack = buyPack;
        this.packs = packs;
        this.idempotency = idempotency;
    }

    record BuyBody(@NotBlank String edition) {
    }

    record PackView(String id, String kind, String source, String item, BigDecimal total, BigDecimal used, BigDecimal remaining, String unit,
                    Instant effectiveAt, Instant expiresAt, String state, BigDecimal paid) {
        static PackView of(ResourcePack p) {
            return new PackView(p.id(), p.kind().name(), p.source().name(), p.item(), p.total().amount(), p.used().amount(),
                    p.remaining().amount(), p.kind().unit().name(), p.effectiveAt(), p.expiresAt(), p.state().name(),
                    p.payment().paid().rounded().amount());
        }
    }

    @PostMapping
    @Operation(summary = "Buy a pack (edition call-pack-1m, call-pack-5m, call-pack-50m, traffic-pack-10gb, traffic-pack-100gb): valid 30 days, all regions")
    ResponseEntity<?> buy(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @Valid @RequestBody BuyBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(PackView.of(buyPack.buy(account, body.edition()))));
    }

    @PostMapping("/{id}/refunds")
    @Operation(summary = "Refund a bought pack that is unused and still valid, in full minus vouchers (R-APG-6); otherwise 422")
    ResponseEntity<?> refund(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("refundPack", id), () -> ResponseEntity.ok(PackView.of(buyPack.refund(account, id))));
    }

    @GetMapping
    @Operation(summary = "The caller's packs, newest first, with what is used and left")
    List<PackView> list() {
        return packs.of(Caller.account()).stream().map(PackView::of).toList();
    }
}
