package com.cloudsub.domain.refund;

import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.ProductTerms;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How much a prepaid refund returns (R-REF-1, R-REF-2, R-REF-5, E2).
 * <ul>
 *   <li>No-reason: within 5 × 24 h of the new purchase, once per customer per product: everything paid in
 *   cash and gift; vouchers are never refunded.</li>
 *   <li>Otherwise: current order paid + not-started orders paid − consumed, where consumed = current order list
 *   price × used days / total days × discount, used days counting any started 24 h (R-GEN-5); never below 0.</li>
 * </ul>
 */
public final class RefundPolicy {

    public record Decision(Money amount, String rule, Money consumed, boolean noReason) {
    }

    private RefundPolicy() {
    }

    public static Decision decide(ProductTerms terms, String edition, List<Order> orders, boolean noReasonRefundUsed, Instant now) {
        if (!terms.refundable(edition)) {
            throw DomainException.refused("not-refundable", "subscriptionId",
                    terms.product() + " " + edition + " subscriptions are not refundable (R-REF-5); please contact support");
        }
        Order first = orders.stream().filter(o -> o.kind() == Order.Kind.NEW).findFirst()
                .orElseThrow(() -> new IllegalStateException("a subscription has its new-purchase order"));
        Money zero = Money.zero(Money.CNY);
        if (!noReasonRefundUsed && now.isBefore(first.placedAt().plus(ProductTerms.NO_REASON_WINDOW))) {
            Money paid = orders.stream().map(o -> o.payment().paid()).reduce(zero, Money::plus);
            return new Decision(paid.rounded(), "R-REF-1", zero, true);
        }
        Money refundable = zero;
        Money consumed = zero;
        for (Order order : orders) {
            if (!order.termStart().isAfter(now) && now.isBefore(order.termEnd())) {
                refundable = refundable.plus(order.payment().paid());
                consumed = consumed.plus(consumed(order, now));
            } else if (order.termStart().isAfter(now)) {
                refundable = refundable.plus(order.payment().paid());
            }
        }
        consumed = consumed.rounded();
        Money refund = refundable.minus(consumed).max(zero).rounded();
        return new Decision(refund, "R-REF-2", consumed, false);
    }

    /** list × used days / total days × discount, with any started day counted whole (R-GEN-5). */
    static Money consumed(Order order, Instant now) {
        long usedSeconds = Duration.between(order.termStart(), now).getSeconds();
        long usedDays = Math.max(1, (usedSeconds + 86_399) / 86_400);
        long totalDays = ChronoUnit.DAYS.between(order.termStart(), order.termEnd());
        return order.listPrice().times(BigDecimal.valueOf(usedDays)).dividedBy(BigDecimal.valueOf(totalDays)).times(order.discount());
    }
}
