package com.cloudsub.web.account;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.FrozenFunds;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.account.OpenAccount;
import com.cloudsub.application.account.TopUp;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Contact;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.web.shared.Caller;
import com.cloudsub.web.shared.IdempotencyGuard;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "accounts", description = "Balances, contacts, top-ups and the ledger")
class AccountController {

    private final OpenAccount openAccount;
    private final Accounts accounts;
    private final TopUp topUp;
    private final Ledger ledger;
    private final FrozenFunds frozenFunds;
    private final IdempotencyGuard idempotency;

    AccountController(OpenAccount openAccount, Accounts accounts, TopUp topUp, Ledger ledger, FrozenFunds frozenFunds,
                      IdempotencyGuard idempotency) {
        this.frozenFunds = frozenFunds;
        this.openAccount = openAccount;
        this.accounts = accounts;
        this.topUp = topUp;
        this.ledger = ledger;
        this.idempotency = idempotency;
    }

    record ContactBody(@NotBlank @Size(max = 128) String name, @Size(max = 255) String email, @Size(max = 32) String phone,
                       @NotEmpty Set<ContactRole> roles, @Size(max = 8) String language) {
    }

    record OpenBody(@NotBlank @Size(max = 128) String name, @NotEmpty @Size(max = 50) List<@Valid ContactBody> contacts) {
    }

    record TopUpBody(@NotNull BigDecimal amount) {
    }

    /** {@code available} = cash + gift; {@code frozen} is held for pay-as-you-go dedicated instances (R-APG-8) and cannot pay orders. */
    record AccountView(String id, String name, String currency, BigDecimal cash, BigDecimal gift, BigDecimal available, BigDecimal frozen,
                       List<ContactBody> contacts) {
        static AccountView of(Account a) {
            return new AccountView(a.id().value(), a.name(), a.cash().currency(), a.cash().rounded().amount(),
                    a.gift().rounded().amount(), a.available().rounded().amount(), a.frozen().rounded().amount(),
                    a.contacts().stream().map(c -> new ContactBody(c.name(), c.email(), c.phone(), c.roles(), c.language())).toList());
        }
    }

    record LedgerView(String subscriptionId, String kind, BigDecimal cash, BigDecimal gift, BigDecimal voucher, String rule,
                      String priceVersion, Instant at) {
    }

    @PostMapping
    @Operation(summary = "Open an account (the console does this at sign-up); its creator is the contact with role CREATOR")
    ResponseEntity<AccountView> open(@Valid @RequestBody OpenBody body) {
        List<Contact> contacts = body.contacts().stream()
                .map(c -> new Contact(c.name(), c.email(), c.phone(), c.roles(), c.language())).toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(openAccount.open(body.name(), contacts)));
    }

    @GetMapping("/me")
    @Operation(summary = "The caller's account: balances and contacts")
    AccountView me() {
        return AccountView.of(accounts.get(Caller.account()));
    }

    @PostMapping("/me/top-ups")
    @Operation(summary = "Add cash to the caller's balance")
    ResponseEntity<?> topUp(@RequestHeader(value = IdempotencyGuard.HEADER, required = false) String key,
                            @Valid @RequestBody TopUpBody body) {
        AccountId id = Caller.account();
        return idempotency.run(id.value(), key, body, () -> ResponseEntity.ok(AccountView.of(topUp.topUp(id, Money.cny(body.amount())))));
    }

    @GetMapping("/me/ledger")
    @Operation(summary = "Every money movement of the caller's account, oldest first, with the rule and price version")
    List<LedgerView> ledger() {
        AccountId id = Caller.account();
        accounts.get(id);
        return ledger.of(id).stream().map(e -> new LedgerView(e.subscriptionId(), e.kind().name(), e.payment().cash().amount(),
                e.payment().gift().amount(), e.payment().voucher().amount(), e.rule(), e.priceVersion(), e.at())).toList();
    }

    record FrozenFundsView(String resourceId, String kind, BigDecimal amount, String rule, String priceVersion, java.time.Instant at) {
    }

    @GetMapping("/me/frozen-funds")
    @Operation(summary = "Funds frozen for pay-as-you-go dedicated instances and their release, oldest first (R-APG-8); "
            + "the account's frozen balance is what is still held")
    List<FrozenFundsView> frozenFunds() {
        AccountId id = Caller.account();
        accounts.get(id);
        return frozenFunds.of(id).stream().map(e -> new FrozenFundsView(e.resourceId(), e.kind().name(), e.amount().amount(), e.rule(),
                e.priceVersion(), e.at())).toList();
    }

}
