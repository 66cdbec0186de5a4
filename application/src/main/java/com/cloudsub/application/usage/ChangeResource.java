package com.cloudsub.application.usage;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.FrozenFunds;
import com.cloudsub.application.billing.PaygServices;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.usage.InstanceFreeze;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import com.cloudsub.domain.usage.ResourceState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Products report their pay-as-you-go resources here: a secret, KMS key or dedicated instance is created, and changes
 * state (disabled, scheduled for deletion, deleted, released). The timeline this builds is what state-based billing
 * reads. A product's service must be open and usable: nothing is created while it is stopped, in KMS not even in
 * arrears (R-KMS-P4); an SSM legacy account holds at most 1,000 secrets (R-SSM-L2). A pay-as-you-go dedicated
 * instance freezes one hour of its price at creation, refused when the balance cannot hold it, and releases it with
 * the instance (R-APG-8).
 */
public class ChangeResource {

    public static final int MAX_SECRETS = 1000;

    public record Create(AccountId account, ResourceKind kind, String region, String edition) {
    }

    private final PaygResources resources;
    private final PaygServices services;
    private final Accounts accounts;
    private final FrozenFunds frozenFunds;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;

    public ChangeResource(PaygResources resources, PaygServices services, Accounts accounts, FrozenFunds frozenFunds, Catalogs catalogs,
                          Transactions transactions, Clock clock) {
        this.resources = resources;
        this.services = services;
        this.accounts = accounts;
        this.frozenFunds = frozenFunds;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PaygResource create(Create command) {
        String meter = command.kind().meter(command.edition());
        ResolvedPrice price = catalogs.current().price(meter, command.region(), clock.instant());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            PaygService service = usable(command.account(), command.kind().product());
            if (command.kind() == ResourceKind.SECRET && resources.live(command.account(), ResourceKind.SECRET) >= MAX_SECRETS) {
                throw DomainException.refused("secret-limit", "kind", "an SSM legacy account holds at most " + MAX_SECRETS + " secrets (R-SSM-L2)");
            }
            PaygResource resource = PaygResource.create("res-" + UUID.randomUUID(), service.accountId(), command.kind(), command.region(),
                    meter, now);
            if (command.kind() == ResourceKind.DEDICATED_INSTANCE) {
                Account account = accounts.get(command.account());
                Money hour = InstanceFreeze.of(price.model());
                account.freeze(hour);
                accounts.update(account);
                frozenFunds.recordAll(List.of(new FrozenFunds.Entry(account.id(), resource.id(), FrozenFunds.Kind.FREEZE, hour, "R-APG-8",
                        price.versionId(), now)));
            }
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
            if (resource.kind().ended(to)) {
                releaseFreezes(frozenFunds, accounts, List.of(resource), clock.instant());
            }
            return resource;
        });
    }

    /** Releases what is frozen for these ended resources (R-APG-8), in the caller's transaction. */
    public static void releaseFreezes(FrozenFunds frozenFunds, Accounts accounts, List<PaygResource> ended, Instant at) {
        List<PaygResource> instances = ended.stream().filter(r -> r.kind() == ResourceKind.DEDICATED_INSTANCE).toList();
        Map<String, Money> held = frozenFunds.held(instances.stream().map(PaygResource::id).toList());
        if (held.isEmpty()) {
            return;
        }
        Map<AccountId, Account> owners = accounts.findAll(instances.stream().map(PaygResource::accountId).distinct().toList());
        List<FrozenFunds.Entry> entries = new ArrayList<>();
        for (PaygResource instance : instances) {
            Money amount = held.get(instance.id());
            if (amount != null) {
                owners.get(instance.accountId()).release(amount);
                entries.add(new FrozenFunds.Entry(instance.accountId(), instance.id(), FrozenFunds.Kind.RELEASE, amount, "R-APG-8", null, at));
            }
        }
        accounts.updateAll(owners.values());
        frozenFunds.recordAll(entries);
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
