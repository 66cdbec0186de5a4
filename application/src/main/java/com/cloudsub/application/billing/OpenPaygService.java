package com.cloudsub.application.billing;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.shared.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Opens pay-as-you-go use of a product for an account. Customers open KMS and the API gateway themselves (now);
 * SSM legacy pay-as-you-go is closed to new customers (R-SSM-L1..L6 apply to existing ones only), so only an
 * operator opens it, when migrating an existing customer, with the instant it was originally opened.
 */
public class OpenPaygService {

    private final PaygServices services;
    private final Accounts accounts;
    private final Transactions transactions;
    private final Clock clock;

    public OpenPaygService(PaygServices services, Accounts accounts, Transactions transactions, Clock clock) {
        this.services = services;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PaygService open(AccountId account, String product) {
        if ("ssm".equals(product)) {
            throw DomainException.refused("legacy-closed", "product",
                    "SSM pay-as-you-go is the legacy billing of existing customers; new customers buy the enterprise edition");
        }
        return openAt(account, product, clock.instant());
    }

    /** Operator: opens (or migrates) a service as of {@code openedAt}, which may lie in the past but not in the future. */
    public PaygService migrate(AccountId account, String product, Instant openedAt) {
        if (openedAt.isAfter(clock.instant())) {
            throw DomainException.invalid("openedAt", "a service cannot be opened in the future");
        }
        return openAt(account, product, openedAt);
    }

    private PaygService openAt(AccountId account, String product, Instant at) {
        return transactions.inTransaction(() -> {
            accounts.get(account);
            PaygService service = PaygService.open(account, product, at);
            if (services.find(account, product).isPresent()) {
                throw DomainException.conflict("already-open", product + " pay-as-you-go is already open for " + account);
            }
            services.saveAll(List.of(service), List.of());
            return service;
        });
    }
}
