package com.cloudsub.application.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.FlatPerPeriod;
import com.cloudsub.domain.catalog.Graduated;
import com.cloudsub.domain.catalog.PriceBook;
import com.cloudsub.domain.catalog.PriceBookVersion;
import com.cloudsub.domain.catalog.PriceKey;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SchedulePrice: an operator's future price is a new audited price-book version (R-SUB-8, issue 6)")
class SchedulePriceTest {

    static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    static final PriceKey KMS = new PriceKey("kms.basic", "ALL");
    static final PriceKey CALLS = new PriceKey("apigw.api-call", "ALL");

    final List<String> versions = new ArrayList<>();
    final List<AuditLog.Entry> audit = new ArrayList<>();

    final Catalogs catalogs = new Catalogs() {
        @Override
        public Catalog current() {
            return new Catalog(List.of(), List.of(), List.of(), List.of(), List.of(), new PriceBook(List.of(
                    new PriceBookVersion("launch", Instant.parse("2019-01-01T00:00:00Z"), "launch", Map.of(
                            KMS, FlatPerPeriod.monthly("2499.00"),
                            CALLS, new Graduated(List.of(new Graduated.Tier(null, Money.cny(new BigDecimal("0.06")))),
                                    new Quantity(new BigDecimal("10000"), Unit.CALL)))))));
        }

        @Override
        public void addVersion(String versionId, Instant effectiveFrom, String description, PriceKey key, String copiedFrom,
                               BigDecimal unitPrice, Instant createdAt) {
            versions.add(versionId + " " + effectiveFrom + " " + key + " from " + copiedFrom + " at " + unitPrice.toPlainString());
        }
    };

    final AuditLog auditLog = new AuditLog() {
        @Override
        public void record(Entry entry) {
            audit.add(entry);
        }

        @Override
        public List<Entry> recent(int limit) {
            return audit;
        }

        @Override
        public List<Entry> about(String target) {
            return audit;
        }
    };

    final Transactions transactions = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    final SchedulePrice schedulePrice = new SchedulePrice(catalogs, auditLog, transactions, Clock.fixed(NOW, ZoneOffset.UTC));

    SchedulePrice.Command command(String item, String unitPrice, Instant at, String reason) {
        return new SchedulePrice.Command("ops", item, "ALL", new BigDecimal(unitPrice), at, reason);
    }

    @Test
    @DisplayName("R-SUB-8 a future price copies the version in force and is audited with who, what and why")
    void schedulesAndAudits() {
        Instant at = NOW.plusSeconds(86_400);
        String id = schedulePrice.schedule(command("kms.basic", "2399.00", at, "annual review"));
        assertThat(versions).containsExactly(id + " " + at + " " + KMS + " from launch at 2399.00");
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.operator()).isEqualTo("ops");
            assertThat(e.action()).isEqualTo(AuditLog.Action.PRICE_SCHEDULED);
            assertThat(e.target()).isEqualTo("kms.basic/ALL");
            assertThat(e.reason()).isEqualTo("annual review");
            assertThat(e.at()).isEqualTo(NOW);
        });
    }

    @Test
    @DisplayName("a price effective now or earlier, an unknown item, a tiered price or a missing reason change nothing")
    void refusals() {
        assertThatThrownBy(() -> schedulePrice.schedule(command("kms.basic", "1", NOW, "x")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> schedulePrice.schedule(command("kms.nope", "1", NOW.plusSeconds(60), "x")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> schedulePrice.schedule(command("apigw.api-call", "1", NOW.plusSeconds(60), "x")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED));
        assertThatThrownBy(() -> command("kms.basic", "1", NOW.plusSeconds(60), " "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> command("kms.basic", "-1", NOW.plusSeconds(60), "x"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("unitPrice"));
        assertThat(versions).isEmpty();
        assertThat(audit).isEmpty();
    }
}
