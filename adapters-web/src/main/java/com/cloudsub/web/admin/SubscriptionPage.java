package com.cloudsub.web.admin;

import com.cloudsub.application.operator.OperatorViews;
import com.cloudsub.application.refund.Refunds;
import com.cloudsub.application.subscription.Orders;
import com.cloudsub.application.subscription.Subscriptions;
import com.cloudsub.domain.subscription.SubscriptionId;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One subscription: its state, orders, timeline and the decisions an operator may take on it. */
@Controller
@Hidden // a page, not part of the API document
class SubscriptionPage {

    private final Subscriptions subscriptions;
    private final Orders orders;
    private final Refunds refunds;
    private final OperatorViews views;

    SubscriptionPage(Subscriptions subscriptions, Orders orders, Refunds refunds, OperatorViews views) {
        this.subscriptions = subscriptions;
        this.orders = orders;
        this.refunds = refunds;
        this.views = views;
    }

    @GetMapping("/admin/subscriptions/{id}")
    String subscription(@PathVariable String id, Model model) {
        SubscriptionId subscriptionId = new SubscriptionId(id);
        model.addAttribute("subscription", subscriptions.get(subscriptionId));
        model.addAttribute("orders", orders.of(subscriptionId));
        model.addAttribute("timeline", views.timeline(subscriptionId));
        model.addAttribute("pendingRefund", refunds.requested(subscriptionId).orElse(null));
        return "admin/subscription";
    }
}
