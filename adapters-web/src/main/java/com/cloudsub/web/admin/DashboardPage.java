package com.cloudsub.web.admin;

import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.operator.OperatorViews;
import com.cloudsub.domain.shared.BillingCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The operator's start page: revenue per product per day, subscriptions by state, upcoming expiries, arrears. */
@Controller
@Hidden // a page, not part of the API document
class DashboardPage {

    static final int DAYS = 14;

    private final OperatorViews views;
    private final AuditLog audit;
    private final BillingCalendar calendar;
    private final Clock clock;

    DashboardPage(OperatorViews views, AuditLog audit, BillingCalendar calendar, Clock clock) {
        this.views = views;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    record Series(String label, List<BigDecimal> data) {
    }

    @GetMapping("/admin/login")
    String login() {
        return "admin/login";
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        Instant now = clock.instant();
        LocalDate today = calendar.dayOf(now);
        LocalDate first = today.minusDays(DAYS - 1);
        List<LocalDate> days = first.datesUntil(today.plusDays(1)).toList();
        // Revenue is summed per UTC hour in the database and per billing-calendar day here (R-GEN-4).
        Map<String, Map<LocalDate, BigDecimal>> byProduct = new TreeMap<>();
        for (OperatorViews.HourlyRevenue r : views.revenue(calendar.startOf(first), calendar.startOf(today.plusDays(1)))) {
            byProduct.computeIfAbsent(r.product(), p -> new TreeMap<>()).merge(calendar.dayOf(r.hour()), r.amount(), BigDecimal::add);
        }
        List<Series> revenue = new ArrayList<>();
        byProduct.forEach((product, perDay) -> revenue.add(new Series(product,
                days.stream().map(d -> perDay.getOrDefault(d, BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP)).toList())));
        model.addAttribute("days", days.stream().map(LocalDate::toString).toList());
        model.addAttribute("revenue", revenue);
        List<OperatorViews.StateCount> states = views.subscriptionsByState();
        model.addAttribute("states", states.stream().map(OperatorViews.StateCount::state).toList());
        model.addAttribute("stateCounts", states.stream().map(OperatorViews.StateCount::count).toList());
        model.addAttribute("expiring", views.expiring(now, now.plus(Duration.ofDays(7)), 50));
        model.addAttribute("arrears", views.inArrears(50));
        model.addAttribute("audit", audit.recent(20));
        model.addAttribute("now", now);
        return "admin/dashboard";
    }
}
