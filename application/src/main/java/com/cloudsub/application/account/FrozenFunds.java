package com.cloudsub.application.account;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The immutable history of funds frozen for pay-as-you-go dedicated instances (R-APG-8, R-GEN-6): one FREEZE entry when
 * an instance is created, one RELEASE entry when it is released. The account's {@code frozen} balance is their sum.
 */
public interface FrozenFunds {

    enum Kind { FREEZE, RELEASE }

    record Entry(AccountId accountId, String resourceId, Kind kind, Money amount, String rule, String priceVersion, Instant at) {
    }

    void recordAll(List<Entry> entries);

    /** What is still frozen for each of these resources (resources with nothing frozen are absent). */
    Map<String, Money> held(Collection<String> resourceIds);

    List<Entry> of(AccountId accountId);
}
