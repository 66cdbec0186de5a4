package com.cloudsub.web.budget;

import com.cloudsub.application.budget.Budgets;
import com.cloudsub.application.budget.CheckBudgets;
import com.cloudsub.application.budget.SetBudget;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.budget.BalanceAlert;
import com.cloudsub.domain.budget.Budget;
import com.cloudsub.domain.budget.BudgetPeriod;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.IdempotencyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "budgets", description = "Budgets with actual and forecast thresholds (R-BIL-2); the balance alert (R-ACC-5)")
class BudgetController {

    private final SetBudget setBudget;
    private final CheckBudgets checkBudgets;
    private final Budgets budgets;
    private final IdempotencyGuard idempotency;

    BudgetController(SetBudget setBudget, CheckBudgets checkBudgets, Budgets budgets, IdempotencyGuard idempotency) {
        this.setBudget = setBudget;
        this.checkBudgets = checkBudgets;
        this.budgets = budgets;
        this.idempotency = idempotency;
    }

    record ThresholdBody(@NotNull BigDecimal percent, @NotNull Budget.Basis basis) {
    }

    record BudgetBody(@NotBlank @Size(max = 128) String name, @NotNull BudgetPeriod period, @NotNull BigDecimal amount, String product,
                      String region, @NotEmpty @Size(max = 10) List<@Valid ThresholdBody> thresholds) {
    }

    record BudgetView(String id, String name, String period, BigDecimal amount, String product, String region, List<ThresholdBody> thresholds,
                      Instant periodStart, Instant periodEnd, BigDecimal actual, BigDecimal forecast, List<Integer> crossed) {
        static BudgetView of(CheckBudgets.Position p) {
            Budget b = p.budget();
            return new BudgetView(b.id(), b.name(), b.period().name(), b.amount().amount(), b.product(), b.region(),
                    b.thresholds().stream().map(t -> new ThresholdBody(t.percent(), t.basis())).toList(), p.periodStart(), p.periodEnd(),
                    p.status().actual().rounded().amount(), p.status().forecast().rounded().amount(), p.status().crossed());
        }
    }

    record AlertBody(@NotNull BigDecimal threshold) {
    }

    record AlertView(BigDecimal threshold, boolean below, int crossings) {
        static AlertView of(BalanceAlert a) {
            return new AlertView(a.threshold().amount(), a.below(), a.crossings());
        }
    }

    @PostMapping("/api/v1/budgets")
    @Operation(summary = "Create a budget: amount per DAY/MONTH/QUARTER/YEAR, optional product and region scope, thresholds in % on ACTUAL or FORECAST")
    ResponseEntity<?> create(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key, @Valid @RequestBody BudgetBody body) {
        AccountId account = Caller.account();
        return idempotency.run(account.value(), key, body, () -> {
            Budget b = setBudget.create(new SetBudget.Command(account, body.name(), body.period(), Money.cny(body.amount()), body.product(),
                    body.region(), body.thresholds().stream().map(t -> new Budget.Threshold(t.percent(), t.basis())).toList()));
            return ResponseEntity.status(HttpStatus.CREATED).body(BudgetView.of(checkBudgets.position(b)));
        });
    }

    @GetMapping("/api/v1/budgets")
    @Operation(summary = "The caller's budgets with the current period's actual cost, forecast and crossed thresholds")
    List<BudgetView> list() {
        return checkBudgets.positions(Caller.account()).stream().map(BudgetView::of).toList();
    }

    @PutMapping("/api/v1/accounts/me/balance-alert")
    @Operation(summary = "Set the balance alert: an email and SMS once each time the available balance falls below the threshold")
    AlertView setAlert(@Valid @RequestBody AlertBody body) {
        return AlertView.of(setBudget.alert(Caller.account(), Money.cny(body.threshold())));
    }

    @GetMapping("/api/v1/accounts/me/balance-alert")
    AlertView alert() {
        return AlertView.of(budgets.alert(Caller.account())
                .orElseThrow(() -> DomainException.notFound("balanceAlert", "no balance alert is set")));
    }
}
