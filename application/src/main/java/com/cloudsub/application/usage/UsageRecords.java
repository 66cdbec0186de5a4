package com.cloudsub.application.usage;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.usage.UsageRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stored usage; unique by account and event id, so a resent record is stored once. */
public interface UsageRecords {

    /** Stores the records in one batch; answers how many were new (the rest were resent). */
    int addNew(List<UsageRecord> records, Instant receivedAt);

    /** When the account was opened, if it exists. */
    Optional<Instant> accountOpenedAt(AccountId accountId);
}
