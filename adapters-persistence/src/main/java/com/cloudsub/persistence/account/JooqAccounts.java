package com.cloudsub.persistence.account;

import static com.cloudsub.persistence.jooq.Tables.ACCOUNT;
import static com.cloudsub.persistence.jooq.Tables.CONTACT;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Contact;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.persistence.jooq.tables.records.AccountRecord;
import com.cloudsub.persistence.shared.Batch;
import com.cloudsub.persistence.shared.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqAccounts implements Accounts {

    private final DSLContext dsl;
    private final Batch update;
    private final Clock clock;

    JooqAccounts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.update = new Batch(dsl, dsl.update(ACCOUNT)
                .set(ACCOUNT.CASH, (BigDecimal) null)
                .set(ACCOUNT.GIFT, (BigDecimal) null)
                .set(ACCOUNT.FROZEN, (BigDecimal) null)
                .set(ACCOUNT.VERSION, (Long) null)
                .where(ACCOUNT.ID.eq((String) null).and(ACCOUNT.VERSION.eq((Long) null))));
        this.clock = clock;
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    @Override
    public Map<AccountId, Account> findAll(Collection<AccountId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // One round trip: each account row with its contacts (none: one row of nulls), in contact order.
        Map<String, AccountRecord> rows = new LinkedHashMap<>();
        Map<String, List<Contact>> contacts = new HashMap<>();
        dsl.select(ACCOUNT.asterisk(), CONTACT.asterisk()).from(ACCOUNT)
                .leftJoin(CONTACT).on(CONTACT.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(ACCOUNT.ID.in(ids.stream().map(AccountId::value).toList()))
                .orderBy(ACCOUNT.ID, CONTACT.SEQ)
                .forEach(row -> {
                    AccountRecord a = rows.computeIfAbsent(row.get(ACCOUNT.ID), id -> row.into(ACCOUNT));
                    List<Contact> own = contacts.computeIfAbsent(a.getId(), id -> new ArrayList<>());
                    if (row.get(CONTACT.ACCOUNT_ID) != null) {
                        own.add(contact(row.into(CONTACT)));
                    }
                });
        Map<AccountId, Account> accounts = new HashMap<>();
        rows.values().forEach(a -> accounts.put(new AccountId(a.getId()), new Account(new AccountId(a.getId()), a.getName(),
                Money.of(a.getCash(), a.getCurrency()), Money.of(a.getGift(), a.getCurrency()), Money.of(a.getFrozen(), a.getCurrency()),
                contacts.get(a.getId()), a.getVersion())));
        return accounts;
    }

    @Override
    public void updateAll(Collection<Account> accounts) {
        int[] counts = update.execute(accounts, account -> new Object[] {account.cash().amount(), account.gift().amount(),
                account.frozen().amount(), account.version() + 1, account.id().value(), account.version()});
        Batch.requireEachUpdated(counts, "an account");
    }

    private static Contact contact(com.cloudsub.persistence.jooq.tables.records.ContactRecord c) {
        return new Contact(c.getName(), c.getEmail(), c.getPhone(),
                Arrays.stream(c.getRoles().split(",")).filter(r -> !r.isBlank()).map(ContactRole::valueOf).collect(Collectors.toSet()),
                c.getLanguage());
    }

    @Override
    public void add(Account account) {
        dsl.insertInto(ACCOUNT)
                .set(ACCOUNT.ID, account.id().value())
                .set(ACCOUNT.NAME, account.name())
                .set(ACCOUNT.CURRENCY, account.cash().currency())
                .set(ACCOUNT.CASH, account.cash().amount())
                .set(ACCOUNT.GIFT, account.gift().amount())
                .set(ACCOUNT.FROZEN, account.frozen().amount())
                .set(ACCOUNT.VERSION, 0L)
                .set(ACCOUNT.CREATED_AT, Times.utc(clock.instant()))
                .execute();
        int seq = 0;
        for (Contact contact : account.contacts()) {
            dsl.insertInto(CONTACT)
                    .set(CONTACT.ACCOUNT_ID, account.id().value())
                    .set(CONTACT.SEQ, seq++)
                    .set(CONTACT.NAME, contact.name())
                    .set(CONTACT.EMAIL, contact.email())
                    .set(CONTACT.PHONE, contact.phone())
                    .set(CONTACT.ROLES, contact.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .set(CONTACT.LANGUAGE, contact.language())
                    .execute();
        }
    }

    @Override
    public void update(Account account) {
        updateAll(List.of(account));
    }
}
