package com.cloudsub.application.usage;

import com.cloudsub.application.billing.PaygServices;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import com.cloudsub.domain.usage.ResourceState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Products report their pay-as-you-go resources here: a secret, KMS key or dedicated instance is created, and changes
 * state (disabled, scheduled for deletion, deleted, released). The timeline this builds is what state-based billing
 * reads. A product's service must be open and usable: nothing is created while it is stopped, in KMS not even in
 * arrears (R-KMS-P4); an SSM legacy account holds at most 1,000 secrets (R-SSM-L2).
 */
public class ChangeResource {

    public static final int MAX_SECRETS = 1000;

    public record Create(AccountId account, ResourceKind kind, String region, String edition) {
    }

    private final PaygResources resources;
    private final PaygServices services;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeResource(PaygResources resources, PaygServices services, Catalogs catalogs, Transactions transactions, Clock clock) {
        this.resources = resources;
        this.services = services;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PaygResource create(Create command) {
        String meter = command.kind().meter(command.edition());
        catalogs.current().price(meter, command.region(), clock.instant());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            PaygService service = usable(command.account(), command.kind().product());
            if (command.kind() == ResourceKind.SECRET && resources.live(command.account(), ResourceKind.SECRET) >= MAX_SECRETS) {
                throw DomainException.refused("secret-limit", "kind", "an SSM legacy account holds at most " + MAX_SECRETS + " secrets (R-SSM-L2)");
            }
            PaygResource resource = PaygResource.create("res-" + UUID.randomUUID(), service.accountId(), command.kind(), command.region(),
                    meter, now);
            resources.add(resource);
            return resource;
        });
    }

    public PaygResource change(AccountId account, String id, ResourceState to) {
        return transactions.inTransaction(() -> {
            PaygResource resource = resources.find(id).filter(r -> r.accountId().equals(account))
                    .orElseThrow(() -> DomainException.notFound("resourceId", "unknown resource " + id));
            PaygService service = services.find(account, resource.kind().product()).orElseThrow();
            if (!service.accessAllowed() && !resource.kind().ended(to)) {
                throw DomainException.refused("service-stopped", "state", resource.kind().product() + " is " + service.state()
                        + " for arrears; top up to use it again");
            }
            resource.change(to, clock.instant());
            resources.updateAll(List.of(resource));
            return resource;
        });
    }

    private PaygService usable(AccountId account, String product) {
        PaygService service = services.find(account, product).orElseThrow(() -> DomainException.refused("service-not-open", "kind",
                product + " pay-as-you-go is not open for this account"));
        if (!service.accessAllowed()) {
            throw DomainException.refused("service-stopped", "kind", product + " is " + service.state() + " for arrears; top up to use it again");
        }
        return service;
    }
}
