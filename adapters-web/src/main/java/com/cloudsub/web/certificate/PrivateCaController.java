package com.cloudsub.web.certificate;

import com.cloudsub.application.certificate.CreatePrivateCa;
import com.cloudsub.application.certificate.ManagePrivateCa;
import com.cloudsub.application.certificate.ManagePrivateCertificates;
import com.cloudsub.application.certificate.OnDemandCharges;
import com.cloudsub.application.certificate.PrivateCas;
import com.cloudsub.application.certificate.PrivateCertificates;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.CaKind;
import com.cloudsub.domain.certificate.PrivateCa;
import com.cloudsub.domain.certificate.PrivateCaId;
import com.cloudsub.domain.certificate.PrivateCertificate;
import com.cloudsub.domain.certificate.PrivateCertificateId;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.IdempotencyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/private-cas")
@Tag(name = "private-cas", description = "Private CAs and private certificates, billed per second and settled hourly")
class PrivateCaController {

    private final CreatePrivateCa create;
    private final ManagePrivateCa manage;
    private final ManagePrivateCertificates manageCertificates;
    private final PrivateCas cas;
    private final PrivateCertificates certificates;
    private final OnDemandCharges charges;
    private final IdempotencyGuard idempotency;

    PrivateCaController(CreatePrivateCa create, ManagePrivateCa manage, ManagePrivateCertificates manageCertificates, PrivateCas cas,
                        PrivateCertificates certificates, OnDemandCharges charges, IdempotencyGuard idempotency) {
        this.create = create;
        this.manage = manage;
        this.manageCertificates = manageCertificates;
        this.cas = cas;
        this.certificates = certificates;
        this.charges = charges;
        this.idempotency = idempotency;
    }

    record CreateBody(@NotNull CaKind kind, String parentId, Integer validityDays) {
    }

    record ScheduleBody(Integer delayDays) {
    }

    record StateChangeView(Instant at, String state) {
    }

    record CaView(String id, String kind, String parentId, String state, List<String> allowedActions, Instant validUntil,
                  Instant deletionDueAt, List<StateChangeView> history, long version) {
        static CaView of(PrivateCa ca) {
            return new CaView(ca.id().value(), ca.kind().name(), ca.parentId() == null ? null : ca.parentId().value(), ca.state().name(),
                    ca.allowedActions().stream().map(Enum::name).toList(), ca.validUntil(), ca.deletionDueAt(),
                    ca.history().stream().map(h -> new StateChangeView(h.at(), h.state().name())).toList(), ca.version());
        }
    }

    record CertificateView(String id, String caId, String state, Instant issuedAt, Instant revokedAt, Instant deletedAt, long version) {
        static CertificateView of(PrivateCertificate c) {
            return new CertificateView(c.id().value(), c.caId().value(), c.state().name(), c.issuedAt(), c.revokedAt(), c.deletedAt(),
                    c.version());
        }
    }

    record ChargeView(String resourceId, String item, Instant hour, boolean backBill, Instant usageStart, Instant usageEnd,
                      long seconds, BigDecimal amount, String rule, String priceVersion, Instant settledAt) {
        static ChargeView of(OnDemandCharges.Charge c) {
            return new ChargeView(c.resourceId(), c.item(), c.hour(), c.backBill(), c.usageStart(), c.usageEnd(), c.seconds(),
                    c.amount().amount(), c.rule(), c.priceVersion(), c.settledAt());
        }
    }

    @PostMapping
    @Operation(summary = "Create a private CA, pending activation: a ROOT CA is billed from creation, a SUBORDINATE CA (parentId: "
            + "an ACTIVE CA of yours) from activation (R-PCA-1, R-PCA-2)")
    ResponseEntity<?> create(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                             @Valid @RequestBody CreateBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body, () -> ResponseEntity.status(HttpStatus.CREATED).body(CaView.of(
                create.create(new CreatePrivateCa.Command(account, body.kind(), body.parentId() == null ? null : new PrivateCaId(body.parentId()),
                        body.validityDays() == null ? CreatePrivateCa.DEFAULT_VALIDITY_DAYS : body.validityDays())))));
    }

    @GetMapping
    @Operation(summary = "The caller's private CAs, oldest first")
    List<CaView> list() {
        return cas.ofAccount(Caller.account()).stream().map(CaView::of).toList();
    }

    @GetMapping("/charges")
    @Operation(summary = "The caller's hourly charges for private CAs and certificates, newest hour first (up to 1,000)")
    List<ChargeView> charges() {
        return charges.of(Caller.account(), 1000).stream().map(ChargeView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's private CAs: state, allowed actions and state history")
    CaView get(@PathVariable String id) {
        return CaView.of(cas.owned(Caller.account(), new PrivateCaId(id), "privateCaId"));
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "PENDING_ACTIVATION → ACTIVE")
    ResponseEntity<?> activate(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "activate", id, account -> manage.activate(account, new PrivateCaId(id)));
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "ACTIVE → DISABLED: issuing stops, revocation and CRLs go on, still billed")
    ResponseEntity<?> disable(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "disable", id, account -> manage.disable(account, new PrivateCaId(id)));
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "DISABLED → ACTIVE (A-66)")
    ResponseEntity<?> enable(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "enable", id, account -> manage.enable(account, new PrivateCaId(id)));
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "ACTIVE or DISABLED subordinate CA → REVOKED, no longer billed (A-67)")
    ResponseEntity<?> revoke(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "revoke", id, account -> manage.revoke(account, new PrivateCaId(id)));
    }

    @PostMapping("/{id}/scheduled-deletion")
    @Operation(summary = "DISABLED or EXPIRED → SCHEDULED_DELETION, deleted after delayDays (7–30, default 7), not billed meanwhile (R-PCA-3)")
    ResponseEntity<?> scheduleDeletion(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                                       @PathVariable String id, @RequestBody(required = false) ScheduleBody body) {
        Integer delay = body == null ? null : body.delayDays();
        return act(key, "schedule-deletion:" + delay, id, account -> manage.scheduleDeletion(account, new PrivateCaId(id), delay));
    }

    @DeleteMapping("/{id}/scheduled-deletion")
    @Operation(summary = "Cancel a scheduled deletion: back to the previous state, the whole scheduled span back-billed (R-PCA-4)")
    ResponseEntity<?> cancelDeletion(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "cancel-deletion", id, account -> manage.cancelDeletion(account, new PrivateCaId(id)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a CA never activated, at once (A-70); any other CA goes through scheduled deletion")
    ResponseEntity<?> deletePending(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "delete", id, account -> manage.deletePending(account, new PrivateCaId(id)));
    }

    @PostMapping("/{id}/certificates")
    @Operation(summary = "Issue a private certificate under an ACTIVE CA, billed per hour until revoked or deleted (R-PCA-5)")
    ResponseEntity<?> issue(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("issue", id), () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(CertificateView.of(manageCertificates.issue(account, new PrivateCaId(id)))));
    }

    @GetMapping("/{id}/certificates")
    @Operation(summary = "The certificates a CA of the caller issued, oldest first")
    List<CertificateView> certificates(@PathVariable String id) {
        PrivateCa ca = cas.owned(Caller.account(), new PrivateCaId(id), "privateCaId");
        return certificates.ofCa(ca.id()).stream().map(CertificateView::of).toList();
    }

    @PostMapping("/{id}/certificates/{certificateId}/revoke")
    @Operation(summary = "Revoke a private certificate through its CA (ACTIVE or DISABLED); billing stops")
    ResponseEntity<?> revokeCertificate(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                                        @PathVariable String id, @PathVariable String certificateId) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("revoke-certificate", certificateId), () -> ResponseEntity.ok(CertificateView.of(
                manageCertificates.revoke(account, new PrivateCaId(id), new PrivateCertificateId(certificateId)))));
    }

    @DeleteMapping("/{id}/certificates/{certificateId}")
    @Operation(summary = "Delete a private certificate; billing stops")
    ResponseEntity<?> deleteCertificate(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                                        @PathVariable String id, @PathVariable String certificateId) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("delete-certificate", certificateId), () -> ResponseEntity.ok(CertificateView.of(
                manageCertificates.delete(account, new PrivateCaId(id), new PrivateCertificateId(certificateId)))));
    }

    private ResponseEntity<?> act(String key, String action, String id, Function<AccountId, PrivateCa> change) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of(action, id), () -> ResponseEntity.ok(CaView.of(change.apply(account))));
    }
}
