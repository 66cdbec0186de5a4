package com.cloudsub.application.billing;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.billing.PaygService;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opened pay-as-you-go services with their arrears state and stops; a stale update fails with a 409 conflict. */
public interface PaygServices {

    Optional<PaygService> find(AccountId account, String product);

    /** Every service of these accounts, all products. */
    Map<AccountId, List<PaygService>> of(Collection<AccountId> accounts);

    /** Inserts new services, updates changed ones (version checked) and writes their stops, in batches. */
    void saveAll(Collection<PaygService> added, Collection<PaygService> changed);

    /** Every service in arrears or stopped (a small set: accounts that went below zero and have not topped up). */
    List<PaygService> inArrears();
}
