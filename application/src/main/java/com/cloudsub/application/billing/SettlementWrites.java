package com.cloudsub.application.billing;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.Notices;
import com.cloudsub.application.usage.ResourcePacks;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.billing.Bill;
import com.cloudsub.domain.billing.BillLine;
import com.cloudsub.domain.billing.Cadence;
import com.cloudsub.domain.billing.PaygService;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.usage.ResourcePack;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one settlement page writes, gathered while bills are rated in memory and then written in a few batched
 * statements in the page's transaction: bills, pack use, balances, ledger entries, arrears and their notices.
 */
final class SettlementWrites {


    final List<Bill> bills = new ArrayList<>();
    final Map<AccountId, Account> charged = new LinkedHashMap<>();
    final List<Ledger.Entry> entries = new ArrayList<>();
    final Map<String, ResourcePack> newPacks = new LinkedHashMap<>();
    final Map<String, ResourcePack> usedPacks = new LinkedHashMap<>();
    final List<PaygService> newServices = new ArrayList<>();
    final Map<String, PaygService> changedServices = new LinkedHashMap<>();
    final List<NoticeOutbox.Notice> notices = new ArrayList<>();

    /**
     * Bills {@code lines} to {@code account}: the bill, the deduction from cash then gift (possibly below zero), the
     * ledger entry, and — when the balance is now below zero — the arrears path of every service of the account.
     */
    Bill bill(Account account, String product, Cadence cadence, Instant start, Instant end, List<BillLine> lines,
              List<PaygService> services, Instant now) {
        Money total = BillLine.sum(lines);
        Payment payment = account.charge(total);
        Bill bill = new Bill("bill-" + UUID.randomUUID(), account.id(), product, cadence, start, end, lines, payment, now);
        bills.add(bill);
        if (total.isPositive()) {
            charged.put(account.id(), account);
            entries.add(new Ledger.Entry(account.id(), null, Ledger.Kind.SETTLEMENT, payment.outgoing(), "R-BIL-1",
                    lines.get(0).priceVersion(), now));
        }
        if (account.inArrears()) {
            for (PaygService service : services) {
                if (service.enterArrears(now)) {
                    changedServices.put(service.accountId() + "/" + service.product(), service);
                    notices.addAll(arrearsNotice(account, service, now));
                }
            }
        }
        return bill;
    }

    /** The arrears warning of one service (R-SSM-L6, R-KMS-5, R-KMS-P4, R-APG-9), once per arrears and, while it lasts, once a day. */
    static List<NoticeOutbox.Notice> arrearsNotice(Account account, PaygService service, Instant now) {
        return arrearsNotice(account, service, NoticeKind.ARREARS_WARNING, arrearsValues(account, service), "/arrears", now);
    }

    /** A notice of one service's arrears path to everyone, keyed by the arrears it belongs to and {@code step}. */
    static List<NoticeOutbox.Notice> arrearsNotice(Account account, PaygService service, NoticeKind kind, Map<String, String> values,
                                                   String step, Instant now) {
        return Notices.forContacts(account, kind, Notices.EMAIL_AND_SMS, Notices.EVERYONE, values,
                "payg/" + account.id() + "/" + service.product() + "/" + service.arrearsSince() + step, now);
    }

    /** What every notice of a service's arrears path says: product, balance, since when, the product's arrears rule. */
    static Map<String, String> arrearsValues(Account account, PaygService service) {
        return Map.of("product", service.product(), "balance", account.available().rounded().toPlainString(),
                "arrearsSince", service.arrearsSince().toString(), "rule", service.terms().rule());
    }

    void flush(Bills bills, ResourcePacks packs, Accounts accounts, Ledger ledger, PaygServices services, NoticeOutbox outbox) {
        services.saveAll(newServices, changedServices.values());
        packs.saveAll(newPacks.values(), usedPacks.values().stream().filter(p -> !newPacks.containsKey(p.id())).toList());
        bills.addAll(this.bills);
        accounts.updateAll(charged.values());
        ledger.recordAll(entries);
        outbox.enqueue(notices);
    }
}
