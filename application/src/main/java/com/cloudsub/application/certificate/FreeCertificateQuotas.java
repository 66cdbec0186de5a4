package com.cloudsub.application.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.FreeCertificateQuota;

/** Each account's free DV quota (R-SSL-4): certificates taken and expansion packs bought, for the account's lifetime. */
public interface FreeCertificateQuotas {

    FreeCertificateQuota of(AccountId accountId);

    /** The quota, locked until the transaction ends, so concurrent orders of one account take it one after the other. */
    FreeCertificateQuota lock(AccountId accountId);

    /** Stores a quota read with {@link #lock} in the same transaction. */
    void save(AccountId accountId, FreeCertificateQuota quota);
}
