package com.cloudsub.application.usage;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.catalog.Catalog;
import com.cloudsub.domain.catalog.Edition;
import com.cloudsub.domain.catalog.ItemKind;
import com.cloudsub.domain.catalog.PriceItem;
import com.cloudsub.domain.catalog.Rating;
import com.cloudsub.domain.catalog.RatingContext;
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.shared.Quantity;
import com.cloudsub.domain.shared.Unit;
import com.cloudsub.domain.usage.PackKind;
import com.cloudsub.domain.usage.ResourcePack;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Buys an API gateway resource pack (R-APG-5): paid now from the balance, effective at once, valid 30 × 24 h, usable
 * in every region; and refunds one that is bought, unused and still valid, in full minus vouchers, to cash and gift
 * as paid (R-APG-6).
 */
public class BuyPack {

    private final ResourcePacks packs;
    private final Accounts accounts;
    private final Ledger ledger;
    private final Catalogs catalogs;
    private final Transactions transactions;
    private final Clock clock;

    public BuyPack(ResourcePacks packs, Accounts accounts, Ledger ledger, Catalogs catalogs, Transactions transactions, Clock clock) {
        this.packs = packs;
        this.accounts = accounts;
        this.ledger = ledger;
        this.catalogs = catalogs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ResourcePack buy(AccountId accountId, String edition) {
        Catalog catalog = catalogs.current();
        Edition pack = catalog.edition("apigw", edition);
        if (pack.feeItem() == null || catalog.item(pack.feeItem()).kind() != ItemKind.PACK) {
            throw DomainException.invalid("edition", edition + " is not a resource pack");
        }
        PriceItem item = catalog.item(pack.feeItem());
        PackKind kind = item.capacity().containsKey("calls") ? PackKind.CALLS : PackKind.TRAFFIC;
        Quantity total = kind == PackKind.CALLS ? Quantity.calls(item.capacity().get("calls")) : Quantity.bytes(item.capacity().get("bytes"));
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            ResolvedPrice price = catalog.price(item.code(), "ap-guangzhou", now);
            Rating rating = price.model().rate(Quantity.of(1, Unit.PIECE), RatingContext.firstInMonth(Unit.PIECE, 30));
            Money amount = rating.amount().rounded();
            Account account = accounts.get(accountId);
            Payment payment = account.pay(amount, Money.zero(Money.CNY));
            ResourcePack bought = ResourcePack.purchased("pack-" + UUID.randomUUID(), accountId, kind, item.code(), total, now, payment,
                    price.versionId());
            accounts.update(account);
            packs.saveAll(List.of(bought), List.of());
            ledger.record(new Ledger.Entry(accountId, null, Ledger.Kind.PACK_PURCHASE,
                    payment.outgoing(), "R-APG-5", price.versionId(), now));
            return bought;
        });
    }

    public ResourcePack refund(AccountId accountId, String packId) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            ResourcePack pack = packs.find(packId).filter(p -> p.accountId().equals(accountId))
                    .orElseThrow(() -> DomainException.notFound("packId", "unknown pack " + packId));
            pack.refund(now);
            Account account = accounts.get(accountId);
            Payment back = pack.payment().withoutVoucher();
            account.credit(back);
            accounts.update(account);
            packs.saveAll(List.of(), List.of(pack));
            ledger.record(new Ledger.Entry(accountId, null, Ledger.Kind.PACK_REFUND, back, "R-APG-6", pack.priceVersion(), now));
            return pack;
        });
    }
}
