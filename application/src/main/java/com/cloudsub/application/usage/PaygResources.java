package com.cloudsub.application.usage;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.PaygResource;
import com.cloudsub.domain.usage.ResourceKind;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Pay-as-you-go resources with their state timelines. */
public interface PaygResources {

    void add(PaygResource resource);

    /** Appends the resources' new state changes; a stale one fails the batch with a 409 conflict. */
    void updateAll(Collection<PaygResource> resources);

    Optional<PaygResource> find(String id);

    List<PaygResource> of(AccountId account);

    /** How many resources of this kind the account has that are not deleted or released. */
    int live(AccountId account, ResourceKind kind);

    /** Accounts with resources of these kinds existing at some moment of [from, to). */
    List<AccountId> accountsWith(Collection<ResourceKind> kinds, Instant from, Instant to);

    /** Those accounts' resources of these kinds existing at some moment of [from, to). */
    Map<AccountId, List<PaygResource>> existing(Collection<AccountId> accounts, Collection<ResourceKind> kinds, Instant from, Instant to);

    /** The start of the earliest resource of these kinds, if any. */
    Optional<Instant> earliest(Collection<ResourceKind> kinds);
}
