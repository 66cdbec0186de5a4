package com.cloudsub.application.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.OnDemandArrears;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Accounts in on-demand arrears and since when (R-PCA-6). */
public interface AccountsInArrears {

    Optional<OnDemandArrears> of(AccountId accountId);

    Map<AccountId, OnDemandArrears> ofAll(Collection<AccountId> accountIds);

    void begin(AccountId accountId, Instant since);

    void end(AccountId accountId);
}
