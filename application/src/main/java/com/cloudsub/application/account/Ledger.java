package com.cloudsub.application.account;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import java.time.Instant;
import java.util.List;

/** The immutable record of every money movement, with the rule and price version that produced it (R-GEN-6). */
public interface Ledger {

    /** SETTLEMENT: settled post-paid usage (pay-as-you-go bills, certificate hours), which may take the balance below zero. */
    enum Kind { TOP_UP, PURCHASE, RENEWAL, AUTO_RENEWAL, EXPANSION, REFUND, SETTLEMENT, PACK_PURCHASE, PACK_REFUND }

    /**
     * {@code payment} is signed from the customer's view: negative cash and gift leave the balance. {@code subscriptionId}
     * names what the money moved for: a subscription, or an SSL certificate, private CA or private certificate.
     */
    record Entry(AccountId accountId, String subscriptionId, Kind kind, Payment payment, String rule, String priceVersion, Instant at) {
    }

    void record(Entry entry);

    /** Records many entries in one batch. */
    void recordAll(List<Entry> entries);

    List<Entry> of(AccountId accountId);
}
