package com.cloudsub.persistence.subscription;

import static com.cloudsub.persistence.jooq.Tables.SUBSCRIPTION_ORDER;

import com.cloudsub.application.subscription.Orders;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.SubscriptionId;
import com.cloudsub.persistence.shared.Times;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqOrders implements Orders {

    private final DSLContext dsl;

    JooqOrders(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Order o) {
        addAll(List.of(o));
    }

    @Override
    public void addAll(List<Order> orders) {
        if (orders.isEmpty()) {
            return;
        }
        dsl.batch(orders.stream().map(this::insert).toList()).execute();
    }

    private org.jooq.Query insert(Order o) {
        return dsl.insertInto(SUBSCRIPTION_ORDER)
                .set(SUBSCRIPTION_ORDER.ID, o.id())
                .set(SUBSCRIPTION_ORDER.SUBSCRIPTION_ID, o.subscriptionId().value())
                .set(SUBSCRIPTION_ORDER.KIND, o.kind().name())
                .set(SUBSCRIPTION_ORDER.MONTHS, o.months())
                .set(SUBSCRIPTION_ORDER.TERM_START, Times.utc(o.termStart()))
                .set(SUBSCRIPTION_ORDER.TERM_END, Times.utc(o.termEnd()))
                .set(SUBSCRIPTION_ORDER.CURRENCY, o.listPrice().currency())
                .set(SUBSCRIPTION_ORDER.LIST_PRICE, o.listPrice().amount())
                .set(SUBSCRIPTION_ORDER.PAYABLE, o.payable().amount())
                .set(SUBSCRIPTION_ORDER.CASH, o.payment().cash().amount())
                .set(SUBSCRIPTION_ORDER.GIFT, o.payment().gift().amount())
                .set(SUBSCRIPTION_ORDER.VOUCHER, o.payment().voucher().amount())
                .set(SUBSCRIPTION_ORDER.PRICE_VERSION, o.priceVersion())
                .set(SUBSCRIPTION_ORDER.PLACED_AT, Times.utc(o.placedAt()));
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
