package com.cloudsub.application.refund;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.refund.Refund;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.util.List;
import java.util.Optional;

/** Refund requests and decisions; the no-reason refund is claimed once per account and product (R-REF-1). */
public interface Refunds {

    void add(Refund refund);

    void update(Refund refund);

    Optional<Refund> find(String id);

    Optional<Refund> requested(SubscriptionId subscriptionId);

    List<Refund> awaitingReview();

    boolean noReasonUsed(AccountId accountId, String product);

    /** Marks the no-reason refund used; false if it already was. */
    boolean claimNoReason(AccountId accountId, String product, String refundId);

    default Refund get(String id) {
        return find(id).orElseThrow(() -> DomainException.notFound("refundId", "unknown refund " + id));
    }
}
