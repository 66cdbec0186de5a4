package com.cloudsub.application.refund;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.Notices;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.application.subscription.Orders;
import com.cloudsub.application.subscription.Subscriptions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.refund.Refund;
import com.cloudsub.domain.refund.RefundPolicy;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.ProductTerms;
import com.cloudsub.domain.subscription.RefundMode;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Refunds a prepaid subscription (R-REF-1..5): KMS refunds are requested and wait for an operator's decision;
 * API gateway dedicated refunds are paid at once and isolate the instance. Money returns to cash and gift in
 * the proportion paid; vouchers never return (R-ACC-1, R-ACC-2).
 */
public class RefundSubscription {

    private final Subscriptions subscriptions;
    private final Orders orders;
    private final Refunds refunds;
    private final Accounts accounts;
    private final Ledger ledger;
    private final NoticeOutbox outbox;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public RefundSubscription(Subscriptions subscriptions, Orders orders, Refunds refunds, Accounts accounts, Ledger ledger,
                              NoticeOutbox outbox, AuditLog audit, Transactions transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.refunds = refunds;
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Refund request(AccountId caller, SubscriptionId id) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Subscription subscription = subscriptions.owned(caller, id);
            if (refunds.requested(id).isPresent()) {
                throw DomainException.conflict("refund-pending", "a refund of " + id + " already awaits review");
            }
            ProductTerms terms = ProductTerms.STANDARD.get(subscription.product());
            List<Order> paid = orders.of(id);
            RefundPolicy.Decision decision = RefundPolicy.decide(terms, subscription.edition(), paid,
                    refunds.noReasonUsed(caller, subscription.product()), now);
            subscription.requireRefundable();
            Refund refund = new Refund("ref-" + UUID.randomUUID(), id, caller, subscription.product(), Refund.State.REQUESTED,
                    split(paid, decision.amount()), decision.rule(), decision.noReason(), now, null, null, null, 0);
            if (terms.refundMode() == RefundMode.IMMEDIATE) {
                refund = new Refund(refund.id(), id, caller, refund.product(), Refund.State.PAID, refund.amount(), refund.rule(),
                        refund.noReason(), now, now, "self-service", "self-service refund", 0);
                refunds.add(refund);
                pay(refund, subscription, terms, now);
            } else {
                refunds.add(refund);
            }
            return refund;
        });
    }

    /**
     * The operator's decision on a KMS refund (R-REF-3); approval pays it and ends the subscription. The decision is
     * written to the audit log in the same transaction.
     */
    public Refund decide(String refundId, boolean approve, String operator, String reason) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Refund decided = refunds.get(refundId).decide(approve, operator, reason, now);
            refunds.update(decided);
            audit.record(new AuditLog.Entry(operator, approve ? AuditLog.Action.REFUND_APPROVED : AuditLog.Action.REFUND_REJECTED,
                    refundId, "subscription " + decided.subscriptionId().value() + ", amount " + decided.amount().paid().toPlainString(),
                    reason, now));
            Subscription subscription = subscriptions.get(decided.subscriptionId());
            if (approve) {
                pay(decided, subscription, ProductTerms.STANDARD.get(subscription.product()), now);
            } else {
                notify(decided, accounts.get(decided.accountId()), subscription, now);
            }
            return decided;
        });
    }

    private void pay(Refund refund, Subscription subscription, ProductTerms terms, Instant now) {
        if (refund.noReason() && !refunds.claimNoReason(refund.accountId(), refund.product(), refund.id())) {
            throw DomainException.refused("no-reason-refund-used", "subscriptionId",
                    "the no-reason refund of " + refund.product() + " was already used by this account");
        }
        Account account = accounts.get(refund.accountId());
        account.credit(refund.amount());
        accounts.update(account);
        subscription.refunded(now, terms);
        subscriptions.update(subscription);
        ledger.record(new Ledger.Entry(account.id(), subscription.id().value(), Ledger.Kind.REFUND, refund.amount(),
                refund.rule(), null, now));
        notify(refund, account, subscription, now);
    }

    private void notify(Refund refund, Account account, Subscription subscription, Instant now) {
        outbox.enqueue(Notices.forContacts(account, NoticeKind.REFUND_DECIDED, Set.of(Channel.EMAIL, Channel.SMS, Channel.IN_SITE),
                Set.of(ContactRole.CREATOR, ContactRole.FINANCE),
                Map.of("product", subscription.product(), "subscriptionId", subscription.id().value(),
                        "amount", refund.amount().paid().toPlainString(),
                        "decision", refund.state() == Refund.State.REJECTED ? "REJECTED" : "APPROVED"),
                "refund/" + refund.id() + "/" + refund.state(), now));
    }

    /** Splits the refund over cash and gift in the proportion all orders were paid (R-ACC-1); vouchers stay spent. */
    private static Payment split(List<Order> orders, Money amount) {
        Money zero = Money.zero(Money.CNY);
        Money cash = orders.stream().map(o -> o.payment().cash()).reduce(zero, Money::plus);
        Money gift = orders.stream().map(o -> o.payment().gift()).reduce(zero, Money::plus);
        return new Payment(cash, gift, zero).share(amount);
    }
}
