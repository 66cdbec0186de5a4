package com.cloudsub.domain.refund;

import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Instant;

/**
 * A refund of a prepaid subscription (R-REF-1..4): REQUESTED and then APPROVED (paid) or REJECTED by an
 * operator (KMS), or PAID at once (API gateway dedicated). The amount is fixed when it is requested.
 */
public record Refund(String id, SubscriptionId subscriptionId, AccountId accountId, String product, State state,
                     Payment amount, String rule, boolean noReason, Instant requestedAt, Instant decidedAt,
                     String decidedBy, String reason, long version) {

    public enum State { REQUESTED, APPROVED, REJECTED, PAID }

    public Refund decide(boolean approve, String operator, String why, Instant now) {
        if (state != State.REQUESTED) {
            throw DomainException.conflict("already-decided", "refund " + id + " is " + state + "; allowed only while REQUESTED");
        }
        if (operator == null || operator.isBlank() || why == null || why.isBlank() || why.length() > 500) {
            throw DomainException.invalid("reason", "a decision names its operator; give a reason of 1 to 500 characters");
        }
        return new Refund(id, subscriptionId, accountId, product, approve ? State.APPROVED : State.REJECTED, amount, rule,
                noReason, requestedAt, now, operator, why, version);
    }
}
