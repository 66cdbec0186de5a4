package com.cloudsub.application.certificate;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.shared.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The hourly charges of private CAs and private certificates (R-PCA-1, R-PCA-4, R-PCA-5), and how far each resource is
 * settled. A charge is unique by (resource, hour, back-bill): recording one twice fails, and so does moving a cursor
 * that moved meanwhile, so a re-run or a second node never charges an hour twice (R-GEN-6).
 */
public interface OnDemandCharges {

    /** What a resource cost in one whole hour, or (back-bill) a cancelled deletion charged in the hour of cancellation. */
    record Charge(String resourceId, Instant hour, boolean backBill, AccountId accountId, String item, Instant usageStart,
                  Instant usageEnd, long seconds, Money amount, String rule, String priceVersion, Instant settledAt) {
    }

    enum Resource { PRIVATE_CA, PRIVATE_CERTIFICATE }

    /** A resource settled from {@code from} (as read) to {@code to}. */
    record Cursor(Resource resource, String resourceId, Instant from, Instant to) {
    }

    /**
     * Accounts, in id order after {@code afterId}, that have a private CA or certificate with whole hours before
     * {@code hour} not yet settled, or that are in on-demand arrears.
     */
    List<AccountId> accountsDue(Instant hour, String afterId, int limit);

    /** How far each private CA and private certificate of these accounts is settled, by resource id. */
    Map<String, Instant> settledUntil(Collection<AccountId> accountIds);

    /** Records the charges and moves the cursors, all or nothing (409 when another run got there first). */
    void settle(List<Charge> charges, List<Cursor> cursors);

    /** The account's charges, newest hour first, at most {@code limit}. */
    List<Charge> of(AccountId accountId, int limit);
}
