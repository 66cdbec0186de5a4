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

    /** Accounts with usage of {@code product} in [from, to). */
    List<AccountId> accounts(String product, Instant from, Instant to);

    /** The hours (UTC hour starts) in [from, to) with usage of {@code product}. */
    List<Instant> hours(String product, Instant from, Instant to);

    /** The earliest usage of {@code product}, if any. */
    Optional<Instant> earliest(String product);

    /** These accounts' records of {@code product} in [from, to). */
    java.util.Map<AccountId, List<UsageRecord>> of(String product, java.util.Collection<AccountId> accounts, Instant from, Instant to);

    /** Usage in [from, to) per account and product, meter and region: the console's usage summary. */
    List<Summary> summary(AccountId account, Instant from, Instant to);

    record Summary(String product, String meter, String region, java.math.BigDecimal quantity, String unit) {
    }
}
