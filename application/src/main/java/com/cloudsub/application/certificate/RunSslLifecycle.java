package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.Notices;
import com.cloudsub.application.shared.Conflicts;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.certificate.RenewalWindow;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslSource;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SSL certificate pass the scheduler runs, a page of issued certificates expiring within 30 days at a time, each
 * page in one transaction:
 * <ul>
 *   <li>the renewal-due notice, once per certificate and expiry, when the renewal window opens (R-SSL-5, R-NOT-1);</li>
 *   <li>auto-renew inside the window (R-SSL-6): an identical certificate bought at today's price, its application
 *   submitted at once, issued only after validation. Not while the account is in arrears (R-SSL-9), nor when the
 *   balance does not cover it: then nothing is charged and a failure notice goes out, at most once a day until the
 *   certificate expires ;</li>
 *   <li>expiry at the end of validity.</li>
 * </ul>
 * A certificate is renewed once ({@code renewedBy}), so a re-run or a second node never buys twice: the original's
 * version check makes the later writer roll back.
 */
public class RunSslLifecycle {

    public record Result(int examined, int inRenewalWindow, int autoRenewed, int autoRenewFailed, int expired) {
        Result plus(Result o) {
            return new Result(examined + o.examined, inRenewalWindow + o.inRenewalWindow, autoRenewed + o.autoRenewed,
                    autoRenewFailed + o.autoRenewFailed, expired + o.expired);
        }
    }

    static final int PAGE = 500;
    private static final Set<Channel> ALL_CHANNELS = Set.of(Channel.EMAIL, Channel.SMS, Channel.IN_SITE);
    private static final Set<ContactRole> OWNERS = Set.of(ContactRole.CREATOR, ContactRole.GLOBAL_RESOURCE, ContactRole.FINANCE);

    private final SslCertificates certificates;
    private final Accounts accounts;
    private final Ledger ledger;
    private final NoticeOutbox outbox;
    private final CertificatePrices prices;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public RunSslLifecycle(SslCertificates certificates, Accounts accounts, Ledger ledger, NoticeOutbox outbox, Catalogs catalogs,
                           Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.certificates = certificates;
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.prices = new CertificatePrices(catalogs);
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    public Result run() {
        Instant now = clock.instant();
        Result total = new Result(0, 0, 0, 0, 0);
        String after = "";
        while (true) {
            String from = after;
            Page page = runWithRetry(from, now);
            total = total.plus(page.result());
            if (page.result().examined() < PAGE) {
                return total;
            }
            after = page.lastId();
        }
    }

    private record Page(Result result, String lastId) {
    }

    /**
     * A page in one transaction; when another writer changed one of its accounts or certificates meanwhile, the page
     * rolls back and runs again from fresh data (a renewal already bought is then not due any more).
     */
    private Page runWithRetry(String after, Instant now) {
        return Conflicts.retry(SettleCertificateHours.ATTEMPTS, () -> transactions.inTransaction(() -> runPage(after, now)));
    }

    private Page runPage(String after, Instant now) {
        List<SslCertificate> page = certificates.issuedExpiringBefore(now.plus(RenewalWindow.LENGTH), after, PAGE);
        if (page.isEmpty()) {
            return new Page(new Result(0, 0, 0, 0, 0), after);
        }
        Map<AccountId, Account> owners = accounts.findAll(page.stream().map(SslCertificate::accountId).distinct().toList());
        List<SslCertificate> changed = new ArrayList<>();
        List<SslCertificates.Paid> renewals = new ArrayList<>();
        Map<AccountId, Account> paying = new LinkedHashMap<>();
        List<Ledger.Entry> entries = new ArrayList<>();
        List<NoticeOutbox.Notice> notices = new ArrayList<>();
        int[] done = new int[4];
        for (SslCertificate c : page) {
            Account account = owners.get(c.accountId());
            Map<String, String> values = Map.of("product", "ssl", "subscriptionId", c.id().value(), "domain", c.spec().code(),
                    "expiresAt", c.expiresAt().toString());
            String key = "ssl/" + c.id() + "/" + c.expiresAt();
            if (!now.isBefore(c.expiresAt())) {
                c.expire(now);
                changed.add(c);
                done[3]++;
                continue;
            }
            if (c.source() == SslSource.PAID && c.renewedBy() == null) {
                notices.addAll(Notices.forContacts(account, NoticeKind.CERTIFICATE_RENEWAL_DUE, ALL_CHANNELS, OWNERS, values,
                        key + "/renewal-due", now));
                done[0]++;
            }
            RenewalWindow.AutoRenewal due = RenewalWindow.autoRenewal(c, now, account.inArrears());
            if (due == RenewalWindow.AutoRenewal.DUE || due == RenewalWindow.AutoRenewal.BLOCKED_BY_ARREARS) {
                CertificatePrices.SslOffer offer = prices.identical(c.spec(), c.years(), now);
                Money amount = offer.quote().total();
                try {
                    if (due == RenewalWindow.AutoRenewal.BLOCKED_BY_ARREARS) {
                        throw DomainException.refused("account-in-arrears", "balance", "the account is in arrears ("
                                + account.available().toPlainString() + "); auto-renew cannot be paid (R-SSL-9)");
                    }
                    Payment payment = account.pay(amount, Money.zero(Money.CNY));
                    SslCertificate renewal = c.renewAutomatically(PurchaseSslCertificates.newId(), now);
                    renewal.apply();
                    paying.put(account.id(), account);
                    changed.add(c);
                    renewals.add(new SslCertificates.Paid(renewal, payment, offer.quote().priceVersion()));
                    entries.add(new Ledger.Entry(account.id(), renewal.id().value(), Ledger.Kind.AUTO_RENEWAL,
                            payment.outgoing(), "R-SSL-6", offer.quote().priceVersion(), now));
                    notices.addAll(Notices.forContacts(account, NoticeKind.AUTO_RENEW_SUCCEEDED, ALL_CHANNELS, OWNERS,
                            Map.of("product", "ssl", "subscriptionId", c.id().value(), "expiresAt", c.expiresAt().toString(),
                                    "amount", amount.toPlainString()), key + "/auto-renew", now));
                    done[1]++;
                } catch (DomainException refused) {
                    Map<String, String> failed = new LinkedHashMap<>(values);
                    failed.put("reason", refused.getMessage());
                    failed.put("amount", amount.toPlainString());
                    notices.addAll(Notices.forContacts(account, NoticeKind.AUTO_RENEW_FAILED, ALL_CHANNELS, Notices.EVERYONE, failed,
                            key + "/auto-renew-failed/" + calendar.dayOf(now), now));
                    done[2]++;
                }
            }
        }
        accounts.updateAll(paying.values());
        certificates.updateAll(changed);
        certificates.addAll(renewals);
        ledger.recordAll(entries);
        outbox.enqueue(notices);
        return new Page(new Result(page.size(), done[0], done[1], done[2], done[3]), page.get(page.size() - 1).id().value());
    }
}
