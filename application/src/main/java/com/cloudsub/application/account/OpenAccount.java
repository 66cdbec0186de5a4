package com.cloudsub.application.account;

import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Contact;
import java.util.List;
import java.util.UUID;

/** Opens an account with its creator and collaborators as contacts (R-ACC-4). */
public class OpenAccount {

    private final Accounts accounts;
    private final Transactions transactions;

    public OpenAccount(Accounts accounts, Transactions transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    public Account open(String name, List<Contact> contacts) {
        Account account = Account.open(new AccountId("acc-" + UUID.randomUUID()), name, contacts);
        transactions.run(() -> accounts.add(account));
        return account;
    }
}
