package com.cloudsub.application.usage;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.ResourcePack;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resource packs (bought and free-tier). */
public interface ResourcePacks {

    /** Active packs of these accounts valid at some moment of [from, to). */
    Map<AccountId, List<ResourcePack>> valid(Collection<AccountId> accounts, Instant from, Instant to);

    /** Inserts {@code added} and writes the used quantity and state of {@code changed} (version checked), in batches. */
    void saveAll(Collection<ResourcePack> added, Collection<ResourcePack> changed);

    Optional<ResourcePack> find(String id);

    List<ResourcePack> of(AccountId account);
}
