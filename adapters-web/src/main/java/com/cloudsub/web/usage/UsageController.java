package com.cloudsub.web.usage;

import com.cloudsub.application.usage.RecordUsage;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.UsageRecord;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.Months;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import com.cloudsub.application.usage.UsageRecords;
import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/usage")
@Tag(name = "usage", description = "Usage ingestion for pay-as-you-go billing")
class UsageController {

    private final RecordUsage recordUsage;
    private final UsageRecords usage;
    private final BillingCalendar calendar;
    private final Clock clock;

    UsageController(RecordUsage recordUsage, UsageRecords usage, BillingCalendar calendar, Clock clock) {
        this.recordUsage = recordUsage;
        this.usage = usage;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/summary")
    @Operation(summary = "The caller's usage in a billing month (default: this month) per product, meter and region")
    List<UsageRecords.Summary> summary(@RequestParam(required = false) String month) {
        AccountId account = Caller.account();
        YearMonth m = Months.parse(month, calendar.monthOf(clock.instant()));
        return usage.summary(account, calendar.startOf(m), calendar.startOf(m.plusMonths(1)));
    }

    /**
     * One record as sent. Its fields are checked by {@link #toRecord} rather than by Bean Validation: a batch holds up to
     * 10,000 records, and the validator's per-constraint work was an eighth of ingestion's CPU time (docs/benchmarks.md).
     */
    record RecordBody(String eventId, String product, String region, String meter, BigDecimal quantity, String unit,
                      @Schema(type = "string", format = "date-time") String occurredAt) {
    }

    record BatchBody(@NotEmpty @Size(max = RecordUsage.MAX_BATCH) List<RecordBody> records) {
    }

    @PostMapping
    @Operation(summary = "Ingest a batch of usage records (idempotent by eventId). A batch with any invalid record is refused "
            + "as a whole (422) listing every bad record's index, field and reason; nothing is stored.")
    RecordUsage.Result ingest(@Valid @RequestBody BatchBody body) {
        AccountId account = Caller.account();
        List<UsageRecord> records = new ArrayList<>(body.records().size());
        for (int i = 0; i < body.records().size(); i++) {
            records.add(toRecord(account, body.records().get(i), "records[" + i + "]."));
        }
        return recordUsage.record(account, records);
    }

    /** The record, or a 400 problem naming the first field at fault ({@code records[i].field}). */
    private static UsageRecord toRecord(AccountId account, RecordBody r, String at) {
        if (r == null) {
            throw DomainException.invalid(at.substring(0, at.length() - 1), "a record is an object");
        }
        String eventId = required(r.eventId(), at + "eventId");
        String product = required(r.product(), at + "product");
        String region = required(r.region(), at + "region");
        String meter = required(r.meter(), at + "meter");
        if (r.quantity() == null) {
            throw DomainException.invalid(at + "quantity", at + "quantity must not be null");
        }
        if (r.quantity().signum() < 0) {
            throw DomainException.invalid(at + "quantity", "a quantity is never negative");
        }
        Unit unit;
        try {
            unit = Unit.valueOf(required(r.unit(), at + "unit"));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(at + "unit", "unknown unit '" + r.unit() + "'");
        }
        Instant occurredAt = Instants.parse(required(r.occurredAt(), at + "occurredAt"), at + "occurredAt");
        return new UsageRecord(account, eventId, product, region, meter, new Quantity(r.quantity(), unit), occurredAt);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, field + " must not be blank");
        }
        return value;
    }
}
