package com.cloudsub.web.admin;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.operator.OperatorViews;
import com.cloudsub.application.subscription.Subscriptions;
import com.cloudsub.domain.account.AccountId;
import java.util.List;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** Find an account; see its balance, contacts, subscriptions in every state, orders, notices and ledger. */
@Controller
@Hidden // a page, not part of the API document
class AccountPages {

    static final int MAX_QUERY = 64;

    private final OperatorViews views;
    private final Accounts accounts;
    private final Subscriptions subscriptions;
    private final Ledger ledger;

    AccountPages(OperatorViews views, Accounts accounts, Subscriptions subscriptions, Ledger ledger) {
        this.views = views;
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
    }

    /** The search page; htmx asks for the result table alone as the operator types. */
    @GetMapping("/admin/accounts")
    String search(@RequestParam(defaultValue = "") String q, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        String query = q.strip();
        if (query.length() > MAX_QUERY) {
            model.addAttribute("error", "a search is at most " + MAX_QUERY + " characters");
            query = "";
        }
        model.addAttribute("q", query);
        model.addAttribute("accounts", query.isEmpty() ? List.of() : views.findAccounts(query, 50));
        return htmx != null ? "admin/accounts :: results" : "admin/accounts";
    }

    @GetMapping("/admin/accounts/{id}")
    String account(@PathVariable String id, Model model) {
        AccountId accountId = new AccountId(id);
        model.addAttribute("account", accounts.get(accountId));
        model.addAttribute("subscriptions", subscriptions.ofAccount(accountId));
        model.addAttribute("ledger", ledger.of(accountId));
        model.addAttribute("notices", views.notices(accountId, 100));
        return "admin/account";
    }
}
