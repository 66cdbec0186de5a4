package com.cloudsub.application.budget;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.budget.BalanceAlert;
import com.cloudsub.domain.budget.Budget;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Budgets and balance alerts. */
public interface Budgets {

    void add(Budget budget);

    List<Budget> of(AccountId account);

    /** Every budget, for the check pass. */
    List<Budget> all();

    void setAlert(BalanceAlert alert);

    Optional<BalanceAlert> alert(AccountId account);

    List<BalanceAlert> alerts();

    /** Writes the below flag and crossings of these alerts. */
    void updateAlerts(Collection<BalanceAlert> alerts);
}
