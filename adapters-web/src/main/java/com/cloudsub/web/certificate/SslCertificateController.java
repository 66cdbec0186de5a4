package com.cloudsub.web.certificate;

import com.cloudsub.application.certificate.ExpandFreeCertificateQuota;
import com.cloudsub.application.certificate.FreeCertificateQuotas;
import com.cloudsub.application.certificate.ManageSslCertificate;
import com.cloudsub.application.certificate.PurchaseSslCertificates;
import com.cloudsub.application.certificate.RefundSslCertificate;
import com.cloudsub.application.certificate.RenewSslCertificate;
import com.cloudsub.application.certificate.SslCertificates;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.FreeCertificateQuota;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslCertificateId;
import com.cloudsub.domain.certificate.SslRefundPolicy;
import com.cloudsub.domain.certificate.SslSource;
import com.cloudsub.domain.shared.Money;
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
import java.util.function.Function;
import java.util.function.Supplier;
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
@RequestMapping("/api/v1/ssl-certificates")
@Tag(name = "ssl-certificates", description = "SSL certificates paid once: purchase, free DV quota, application and validation, renewal, refund")
class SslCertificateController {

    private final PurchaseSslCertificates purchase;
    private final ExpandFreeCertificateQuota expandQuota;
    private final ManageSslCertificate manage;
    private final RenewSslCertificate renew;
    private final RefundSslCertificate refund;
    private final SslCertificates certificates;
    private final FreeCertificateQuotas quotas;
    private final IdempotencyGuard idempotency;

    SslCertificateController(PurchaseSslCertificates purchase, ExpandFreeCertificateQuota expandQuota, ManageSslCertificate manage,
                             RenewSslCertificate renew, RefundSslCertificate refund, SslCertificates certificates,
                             FreeCertificateQuotas quotas, IdempotencyGuard idempotency) {
        this.purchase = purchase;
        this.expandQuota = expandQuota;
        this.manage = manage;
        this.renew = renew;
        this.refund = refund;
        this.certificates = certificates;
        this.quotas = quotas;
        this.idempotency = idempotency;
    }

    record PurchaseBody(@NotBlank @Size(max = 64) String spec, Integer years, @NotNull Integer quantity, Integer extraDomains,
                        Boolean autoRenew, BigDecimal voucher) {
    }

    record RenewBody(@Size(max = 64) String spec, Integer years, Integer extraDomains) {
    }

    record ValidationBody(@NotNull Boolean approved) {
    }

    record AutoRenewBody(@NotNull Boolean enabled) {
    }

    record PacksBody(@NotNull Integer quantity) {
    }

    record SslCertificateView(String id, String spec, String brand, String validationType, String domainType, int domainCount,
                              int years, String source, String state, List<String> allowedActions, Instant paidAt,
                              Instant issuedAt, Instant expiresAt, Instant revokedAt, Instant refundableUntil, boolean autoRenew,
                              String renewalOf, String renewedBy, long version) {
        static SslCertificateView of(SslCertificate c) {
            return new SslCertificateView(c.id().value(), c.spec().code(), c.spec().brand(), c.spec().type().name(),
                    c.spec().domainType().name(), c.spec().domainCount(), c.years(), c.source().name(), c.state().name(),
                    c.allowedActions().stream().map(Enum::name).sorted().toList(), c.paidAt(), c.issuedAt(), c.expiresAt(),
                    c.revokedAt(), c.source() == SslSource.PAID ? SslRefundPolicy.deadline(c.paidAt()) : null, c.autoRenew(),
                    c.renewalOf() == null ? null : c.renewalOf().originalId().value(),
                    c.renewedBy() == null ? null : c.renewedBy().value(), c.version());
        }
    }

    record QuotaView(int taken, int expansionPacks, int limit, int remaining) {
        static QuotaView of(FreeCertificateQuota q) {
            return new QuotaView(q.taken(), q.expansionPacks(), q.limit(), q.remaining());
        }
    }

    record RefundView(SslCertificateView certificate, BigDecimal amount, BigDecimal cash, BigDecimal gift) {
    }

    @PostMapping
    @Operation(summary = "Buy certificates of a spec (e.g. geotrust-ov-single) for 1–3 years: unit price × quantity, paid once (R-SSL-1); "
            + "spec free-dv takes free DV certificates from the quota (R-SSL-4)")
    ResponseEntity<?> purchase(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                               @Valid @RequestBody PurchaseBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body, () -> {
            List<SslCertificate> bought = purchase.purchase(new PurchaseSslCertificates.Command(account, body.spec(),
                    body.years() == null ? 1 : body.years(), body.extraDomains() == null ? 0 : body.extraDomains(), body.quantity(),
                    Boolean.TRUE.equals(body.autoRenew()), body.voucher() == null ? null : Money.cny(body.voucher())));
            return ResponseEntity.status(HttpStatus.CREATED).body(bought.stream().map(SslCertificateView::of).toList());
        });
    }

    @GetMapping
    @Operation(summary = "The caller's SSL certificates, newest first")
    List<SslCertificateView> list() {
        return certificates.ofAccount(Caller.account()).stream().map(SslCertificateView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's SSL certificates, with the actions its state allows")
    SslCertificateView get(@PathVariable String id) {
        return SslCertificateView.of(certificates.owned(Caller.account(), new SslCertificateId(id)));
    }

    @PostMapping("/{id}/application")
    @Operation(summary = "Submit the application: domain (and organisation) validation starts (R-SSL-3)")
    ResponseEntity<?> apply(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "apply", id, account -> manage.apply(account, new SslCertificateId(id)));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Withdraw the application before issuance: back to PENDING_APPLICATION (R-SSL-3)")
    ResponseEntity<?> withdraw(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "withdraw", id, account -> manage.withdraw(account, new SslCertificateId(id)));
    }

    @PostMapping("/{id}/validation")
    @Operation(summary = "The CA's verdict on validation: approved issues the certificate, validity starting now (R-SSL-2); "
            + "rejected sends it back to PENDING_APPLICATION. In production the CA integration calls this.")
    ResponseEntity<?> validation(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id,
                                 @Valid @RequestBody ValidationBody body) {
        return act(key, "validation:" + body.approved(), id,
                account -> manage.validated(account, new SslCertificateId(id), body.approved()));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke an issued certificate (R-SSL-3)")
    ResponseEntity<?> revoke(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        return act(key, "revoke", id, account -> manage.revoke(account, new SslCertificateId(id)));
    }

    @PutMapping("/{id}/auto-renew")
    @Operation(summary = "Turn auto-renew on or off; only certificates bought here renew (R-SSL-6)")
    ResponseEntity<?> autoRenew(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id,
                                @Valid @RequestBody AutoRenewBody body) {
        return act(key, "auto-renew:" + body.enabled(), id,
                account -> manage.autoRenew(account, new SslCertificateId(id), body.enabled()));
    }

    @PostMapping("/{id}/renewals")
    @Operation(summary = "Renew manually in the 30 days before expiry (R-SSL-5): an identical certificate by default, validity carried "
            + "over (R-SSL-7); another spec is bought for one year without carry-over")
    ResponseEntity<?> renew(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id,
                            @Valid @RequestBody(required = false) RenewBody body) {
        AccountId account = Caller.account();
        RenewBody request = body == null ? new RenewBody(null, null, null) : body;
        return idempotency.run(account.value(), key, Map.of("renew", id, "body", request), () -> ResponseEntity.status(HttpStatus.CREATED)
                .body(SslCertificateView.of(renew.renew(new RenewSslCertificate.Command(account, new SslCertificateId(id), request.spec(),
                        request.years(), request.extraDomains())))));
    }

    @PostMapping("/{id}/refund")
    @Operation(summary = "Unsubscribe within 7 × 24 h of payment, PENDING_APPLICATION or REVOKED: cash and gift back, vouchers not (R-SSL-8)")
    ResponseEntity<?> refund(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @PathVariable String id) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, Map.of("refund", id), () -> {
            RefundSslCertificate.Refunded refunded = refund.refund(account, new SslCertificateId(id));
            return ResponseEntity.ok(new RefundView(SslCertificateView.of(refunded.certificate()), refunded.amount().paid().amount(),
                    refunded.amount().cash().amount(), refunded.amount().gift().amount()));
        });
    }

    @GetMapping("/free-quota")
    @Operation(summary = "The account's free DV quota: 20 plus 20 per expansion pack, for the account's lifetime (R-SSL-4)")
    QuotaView quota() {
        return QuotaView.of(quotas.of(Caller.account()));
    }

    @PostMapping("/free-quota/expansion-packs")
    @Operation(summary = "Buy expansion packs of 20 free DV certificates each (R-SSL-4)")
    ResponseEntity<?> expand(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                             @Valid @RequestBody PacksBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body,
                () -> ResponseEntity.status(HttpStatus.CREATED).body(QuotaView.of(expandQuota.buy(account, body.quantity()))));
    }

    private ResponseEntity<?> act(String key, String action, String id,
                                  Function<AccountId, SslCertificate> change) {
        AccountId account = Caller.account();
        Supplier<ResponseEntity<?>> run = () -> ResponseEntity.ok(SslCertificateView.of(change.apply(account)));
        return idempotency.run(account.value(), key, Map.of(action, id), run);
    }
}
