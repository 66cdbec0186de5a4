package com.cloudsub.web.billing;

import com.cloudsub.application.billing.Bills;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.Bill;
import com.cloudsub.domain.billing.BillLine;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.Months;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/bills")
@Tag(name = "bills", description = "Pay-as-you-go bills with lines that explain themselves; CSV export")
class BillController {

    static final MediaType CSV = new MediaType("text", "csv");

    private final Bills bills;
    private final BillingCalendar calendar;
    private final Clock clock;

    BillController(Bills bills, BillingCalendar calendar, Clock clock) {
        this.bills = bills;
        this.calendar = calendar;
        this.clock = clock;
    }

    record PackUseView(String packId, String source, BigDecimal quantity, String unit) {
    }

    record StepView(String description, BigDecimal quantity, String unit, BigDecimal unitPrice, BigDecimal per, String perUnit,
                    BigDecimal amount) {
    }

    record LineView(String meter, String region, String resource, BigDecimal quantity, String unit, BigDecimal freeTier, BigDecimal fromPacks,
                    BigDecimal payg, List<PackUseView> packUses, List<StepView> steps, String priceVersion, String rule, BigDecimal amount,
                    String explanation) {
        static LineView of(BillLine l) {
            return new LineView(l.meter(), l.region(), l.resource(), l.quantity().amount(), l.quantity().unit().name(), l.freeTier().amount(),
                    l.fromPacks().amount(), l.payg().amount(),
                    l.packUses().stream().map(u -> new PackUseView(u.packId(), u.source().name(), u.quantity().amount(),
                            u.quantity().unit().name())).toList(),
                    l.steps().stream().map(s -> new StepView(s.description(), s.quantity().amount(), s.quantity().unit().name(),
                            s.unitPrice().amount(), s.per().amount(), s.per().unit().name(), s.amount().amount())).toList(),
                    l.priceVersion(), l.rule(), l.amount().amount(), l.explanation());
        }
    }

    record BillView(String id, String product, String cadence, Instant periodStart, Instant periodEnd, BigDecimal total, BigDecimal cash,
                    BigDecimal gift, Instant settledAt, List<LineView> lines) {
        static BillView of(Bill b) {
            return new BillView(b.id(), b.product(), b.cadence().name(), b.periodStart(), b.periodEnd(), b.total().amount(),
                    b.payment().cash().amount(), b.payment().gift().amount(), b.settledAt(), b.lines().stream().map(LineView::of).toList());
        }
    }

    @GetMapping
    @Operation(summary = "The caller's bills for periods starting in a billing month (default: this month), newest first")
    List<BillView> list(@RequestParam(required = false) String month) {
        AccountId account = Caller.account();
        YearMonth m = Months.parse(month, calendar.monthOf(clock.instant()));
        return bills.of(account, calendar.startOf(m), calendar.startOf(m.plusMonths(1)), 1000).stream().map(BillView::of).toList();
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One bill with its lines: quantity, free tier and packs used, tier steps, unit prices, price version, rule")
    BillView one(@PathVariable String id) {
        return BillView.of(owned(id));
    }

    @GetMapping(value = "/{id}", produces = "text/csv")
    @Operation(summary = "One bill as CSV (also at /api/v1/bills/{id}.csv)")
    ResponseEntity<String> csv(@PathVariable String id) {
        return csvOf(owned(id));
    }

    @GetMapping(value = "/{id}.csv")
    ResponseEntity<String> csvFile(@PathVariable String id) {
        return csvOf(owned(id));
    }

    private Bill owned(String id) {
        AccountId account = Caller.account();
        return bills.find(id).filter(b -> b.accountId().equals(account))
                .orElseThrow(() -> DomainException.notFound("billId", "unknown bill " + id));
    }

    private static ResponseEntity<String> csvOf(Bill bill) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + bill.id() + ".csv\"").body(BillCsv.of(bill));
    }
}
