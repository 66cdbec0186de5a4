package com.cloudsub.persistence.subscription;

import static com.cloudsub.persistence.jooq.Tables.SUBSCRIPTION_ORDER;

import com.cloudsub.application.subscription.Orders;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqOrders implements Orders {

    private final DSLContext dsl;
    private final Batch insert;

    JooqOrders(DSLContext dsl) {
        this.dsl = dsl;
        this.insert = new Batch(dsl, dsl.insertInto(SUBSCRIPTION_ORDER, SUBSCRIPTION_ORDER.ID, SUBSCRIPTION_ORDER.SUBSCRIPTION_ID,
                SUBSCRIPTION_ORDER.KIND, SUBSCRIPTION_ORDER.MONTHS, SUBSCRIPTION_ORDER.TERM_START, SUBSCRIPTION_ORDER.TERM_END,
                SUBSCRIPTION_ORDER.CURRENCY, SUBSCRIPTION_ORDER.LIST_PRICE, SUBSCRIPTION_ORDER.PAYABLE, SUBSCRIPTION_ORDER.CASH,
                SUBSCRIPTION_ORDER.GIFT, SUBSCRIPTION_ORDER.VOUCHER, SUBSCRIPTION_ORDER.PRICE_VERSION, SUBSCRIPTION_ORDER.PLACED_AT)
                .values(Collections.nCopies(14, null)));
    }

    @Override
    public void add(Order o) {
        addAll(List.of(o));
    }

    @Override
    public void addAll(List<Order> orders) {
        insert.execute(orders, o -> new Object[] {o.id(), o.subscriptionId().value(), o.kind().name(), o.months(),
                Times.utc(o.termStart()), Times.utc(o.termEnd()), o.listPrice().currency(), o.listPrice().amount(),
                o.payable().amount(), o.payment().cash().amount(), o.payment().gift().amount(), o.payment().voucher().amount(),
                o.priceVersion(), Times.utc(o.placedAt())});
    }

    @Override
    public List<Order> of(SubscriptionId subscriptionId) {
        return dsl.selectFrom(SUBSCRIPTION_ORDER).where(SUBSCRIPTION_ORDER.SUBSCRIPTION_ID.eq(subscriptionId.value()))
                .orderBy(SUBSCRIPTION_ORDER.TERM_START, SUBSCRIPTION_ORDER.PLACED_AT)
                .fetch(r -> new Order(r.getId(), subscriptionId, Order.Kind.valueOf(r.getKind()), r.getMonths(),
                        Times.instant(r.getTermStart()), Times.instant(r.getTermEnd()), Money.of(r.getListPrice(), r.getCurrency()),
                        Money.of(r.getPayable(), r.getCurrency()),
                        new Payment(Money.of(r.getCash(), r.getCurrency()), Money.of(r.getGift(), r.getCurrency()),
                                Money.of(r.getVoucher(), r.getCurrency())),
                        r.getPriceVersion(), Times.instant(r.getPlacedAt())));
    }
}
