package com.cloudsub.persistence.account;

import com.cloudsub.persistence.shared.Batch;
import java.math.BigDecimal;
import static com.cloudsub.persistence.jooq.Tables.ACCOUNT;
import static com.cloudsub.persistence.jooq.Tables.CONTACT;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Contact;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.persistence.shared.Times;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

@Component
class JooqAccounts implements Accounts {

    private final DSLContext dsl;
    private final Clock clock;

    JooqAccounts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
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
        List<String> keys = ids.stream().map(AccountId::value).toList();
        Map<String, List<Contact>> contacts = dsl.selectFrom(CONTACT).where(CONTACT.ACCOUNT_ID.in(keys)).orderBy(CONTACT.ACCOUNT_ID, CONTACT.SEQ)
                .fetch().stream().collect(Collectors.groupingBy(c -> c.getAccountId(), Collectors.mapping(JooqAccounts::contact, Collectors.toList())));
        Map<AccountId, Account> accounts = new HashMap<>();
        dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.in(keys)).forEach(row -> accounts.put(new AccountId(row.getId()),
                new Account(new AccountId(row.getId()), row.getName(), Money.of(row.getCash(), row.getCurrency()),
                        Money.of(row.getGift(), row.getCurrency()), contacts.getOrDefault(row.getId(), List.of()), row.getVersion())));
        return accounts;
    }

    @Override
    public void updateAll(Collection<Account> accounts) {
        var update = dsl.update(ACCOUNT)
                .set(ACCOUNT.CASH, (BigDecimal) null)
                .set(ACCOUNT.GIFT, (BigDecimal) null)
                .set(ACCOUNT.VERSION, (Long) null)
                .where(ACCOUNT.ID.eq((String) null).and(ACCOUNT.VERSION.eq((Long) null)));
        int[] counts = Batch.execute(dsl, update, accounts, account -> new Object[] {account.cash().amount(), account.gift().amount(),
                account.version() + 1, account.id().value(), account.version()});
        for (int count : counts) {
            if (count != 1) {
                throw DomainException.conflict("stale-version", "an account was changed by another request; retry");
            }
        }
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
