package com.cloudsub.web.simulation;

import com.cloudsub.application.billing.RunArrears;
import com.cloudsub.application.billing.SettleHour;
import com.cloudsub.application.billing.SettleMonth;
import com.cloudsub.application.budget.CheckBudgets;
import com.cloudsub.application.notice.DeliverNotices;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the settlement jobs now, as their next firings would: hourly, daily accrual and monthly bills, arrears. */
@RestController
@Profile("simulation")
@RequestMapping("/admin/simulation")
@Tag(name = "simulation")
class SettlementController {

    private final SettleHour settleHour;
    private final SettleMonth settleMonth;
    private final RunArrears runArrears;
    private final CheckBudgets checkBudgets;
    private final DeliverNotices deliverNotices;

    SettlementController(SettleHour settleHour, SettleMonth settleMonth, RunArrears runArrears, CheckBudgets checkBudgets,
                         DeliverNotices deliverNotices) {
        this.checkBudgets = checkBudgets;
        this.settleHour = settleHour;
        this.settleMonth = settleMonth;
        this.runArrears = runArrears;
        this.deliverNotices = deliverNotices;
    }

    record RunResult(SettleHour.Result hourly, SettleMonth.Result monthly, RunArrears.Result arrears, CheckBudgets.Result budgets,
                     DeliverNotices.Result notices) {
    }

    @PostMapping("/settlement-runs")
    @Operation(summary = "Run the settlement jobs now: API gateway hours, daily accruals and due monthly bills, the arrears pass, budgets and balance alerts; deliver notices")
    RunResult run() {
        SettleHour.Result hourly = settleHour.run();
        SettleMonth.Result monthly = settleMonth.run();
        RunArrears.Result arrears = runArrears.run();
        return new RunResult(hourly, monthly, arrears, checkBudgets.run(), deliverNotices.deliver());
    }
}
