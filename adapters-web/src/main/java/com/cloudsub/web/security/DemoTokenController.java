package com.cloudsub.web.security;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.domain.account.AccountId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Demo profile only: an operator mints a console bearer token for an existing account, to try the API. */
@RestController
@Profile("demo")
@Tag(name = "demo", description = "Demo access (demo profile only)")
class DemoTokenController {

    private final AccessTokens tokens;
    private final Accounts accounts;

    DemoTokenController(AccessTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    record TokenRequest(@NotBlank @Size(max = 64) String account, Boolean payments) {
    }

    @PostMapping("/admin/demo/tokens")
    @Operation(summary = "Operator, demo profile: a 12-hour bearer token acting for the given account; with "
            + "payments=true, the payment side's token that may top the account up")
    AccessTokens.Token mint(@Valid @RequestBody TokenRequest request) {
        accounts.get(new AccountId(request.account()));
        return Boolean.TRUE.equals(request.payments()) ? tokens.forPayments(request.account()) : tokens.forAccount(request.account());
    }
}
