package com.cloudsub.web.admin;

import com.cloudsub.application.refund.RefundSubscription;
import com.cloudsub.application.refund.Refunds;
import com.cloudsub.domain.refund.Refund;
import com.cloudsub.domain.shared.DomainException;
import java.security.Principal;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Refunds awaiting review (R-REF-3): approve or reject, always with a reason; each decision is audited. */
@Controller
@Hidden // a page, not part of the API document
class RefundReviewPage {


    private final Refunds refunds;
    private final RefundSubscription refundSubscription;

    RefundReviewPage(Refunds refunds, RefundSubscription refundSubscription) {
        this.refunds = refunds;
        this.refundSubscription = refundSubscription;
    }

    @GetMapping("/admin/refund-reviews")
    String list(Model model) {
        model.addAttribute("refunds", refunds.awaitingReview());
        return "admin/refunds";
    }

    /** Answers the refund's row (htmx swaps it in place): the decision, or the reason it was not taken. */
    @PostMapping("/admin/refund-reviews/{id}")
    String decide(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String reason, Principal operator, Model model) {
        Refund refund = refunds.get(id);
        try {
            if (!decision.equals("approve") && !decision.equals("reject")) {
                throw DomainException.invalid("decision", "choose approve or reject");
            }
            refund = refundSubscription.decide(id, decision.equals("approve"), operator.getName(), reason.strip());
        } catch (DomainException e) {
            model.addAttribute("error", e.getMessage());
        }
        model.addAttribute("r", refund);
        return "admin/refunds :: row";
    }
}
