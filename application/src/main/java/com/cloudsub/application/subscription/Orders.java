package com.cloudsub.application.subscription;

import com.cloudsub.domain.subscription.Order;
import com.cloudsub.domain.subscription.SubscriptionId;
import java.util.List;

/** The paid orders of subscriptions. */
public interface Orders {

    void add(Order order);

    void addAll(List<Order> orders);

    List<Order> of(SubscriptionId subscriptionId);
}
