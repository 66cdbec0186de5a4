package com.cloudsub.application.billing;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.MonthlyRating;
import com.cloudsub.domain.shared.Quantity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Resource-days accrued per account, meter, region and day; unique, so a re-run adds nothing. */
public interface DailyAccruals {

    record Accrual(AccountId account, String product, String meter, String region, LocalDate day, Quantity quantity) {
    }

    void addAll(List<Accrual> accruals);

    /** Accounts with accruals of {@code product} in [from, to]. */
    List<AccountId> accounts(String product, LocalDate from, LocalDate to);

    /** Sums per account and meter/region over [from, to]. */
    Map<AccountId, Map<MonthlyRating.Key, Quantity>> totals(String product, Collection<AccountId> accounts, LocalDate from, LocalDate to);
}
