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
import com.cloudsub.domain.catalog.ResolvedPrice;
import com.cloudsub.domain.certificate.CaBilling;
import com.cloudsub.domain.certificate.CaState;
import com.cloudsub.domain.certificate.OnDemandArrears;
import com.cloudsub.domain.certificate.PrivateCa;
import com.cloudsub.domain.certificate.PrivateCertificate;
import com.cloudsub.domain.certificate.UsageLine;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hourly settlement of private CAs and private certificates (pay-as-you-go, per second, settled hourly), a page of
 * accounts at a time, each page in one transaction:
 * <ul>
 *   <li>due lifecycle first: a scheduled deletion whose delay elapsed completes (R-PCA-3), deleting the CA's
 *   certificates with it; a CA whose validity ended expires;</li>
 *   <li>every whole hour not yet settled is charged, per resource: a CA for its billed seconds by state (R-PCA-1,
 *   R-PCA-2), plus the back-bill of a deletion cancelled in that hour (R-PCA-4, A-56); a private certificate until
 *   revoked or deleted (R-PCA-5). Each line is hourly price × seconds / 3600 at the price in force at the hour's
 *   start, rounded once; it is taken from the balance cash first, then gift, and may take it below zero (post-paid);</li>
 *   <li>the on-demand arrears path (R-PCA-6, A-58, A-59): a balance below zero starts it with a notice; 15 days of grace
 *   still billed; then FROZEN, nothing billed, no operations, with a notice; 15 days later every private CA and
 *   certificate of the account is deleted, with a notice. A balance back at zero or more ends it.</li>
 * </ul>
 * Each charge is unique by (resource, hour, back-bill) and each resource's settled-until cursor moves only from the
 * instant read, so a re-run or a second node charges nothing twice (R-GEN-6): the later writer rolls back, and its
 * retry finds the hours settled.
 */
public class SettleCertificateHours {

    /** {@code postponed}: accounts of pages that lost a race three times; the next run settles them. */
    public record Result(int accounts, int charges, int arrearsStarted, int frozen, int deletedForArrears, int postponed) {
        Result plus(Result o) {
            return new Result(accounts + o.accounts, charges + o.charges, arrearsStarted + o.arrearsStarted,
                    frozen + o.frozen, deletedForArrears + o.deletedForArrears, postponed + o.postponed);
        }
    }

    static final int ATTEMPTS = 3;

    static final int PAGE = 100;
    private static final Duration HOUR = Duration.ofHours(1);

    private final PrivateCas cas;
    private final PrivateCertificates certificates;
    private final OnDemandCharges charges;
    private final AccountsInArrears arrears;
    private final Accounts accounts;
    private final Ledger ledger;
    private final NoticeOutbox outbox;
    private final CertificatePrices prices;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public SettleCertificateHours(PrivateCas cas, PrivateCertificates certificates, OnDemandCharges charges,
                                  AccountsInArrears arrears, Accounts accounts, Ledger ledger, NoticeOutbox outbox,
                                  Catalogs catalogs, Transactions transactions, Clock clock, BillingCalendar calendar) {
        this.cas = cas;
        this.certificates = certificates;
        this.charges = charges;
        this.arrears = arrears;
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.prices = new CertificatePrices(catalogs);
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The start of the billing-zone hour that holds {@code at}. */
    static Instant hourStart(Instant at, BillingCalendar calendar) {
        return at.atZone(calendar.zone()).truncatedTo(ChronoUnit.HOURS).toInstant();
    }

    public Result run() {
        Instant now = clock.instant();
        Instant settleTo = hourStart(now, calendar);
        Result total = new Result(0, 0, 0, 0, 0, 0);
        String after = "";
        while (true) {
            String from = after;
            List<AccountId> page = transactions.inTransaction(() -> charges.accountsDue(settleTo, from, PAGE));
            if (page.isEmpty()) {
                return total;
            }
            total = total.plus(settleWithRetry(page, now, settleTo));
            if (page.size() < PAGE) {
                return total;
            }
            after = page.get(page.size() - 1).value();
        }
    }

    /**
     * Settles a page in one transaction. When another writer changed one of its accounts or resources meanwhile (an API
     * call, another job, another node), the page rolls back and is settled again from fresh data; after
     * {@value #ATTEMPTS} lost races it is left to the next run, so a busy account never stops the others.
     */
    private Result settleWithRetry(List<AccountId> page, Instant now, Instant settleTo) {
        try {
            return Conflicts.retry(ATTEMPTS, () -> transactions.inTransaction(() -> settle(page, now, settleTo)));
        } catch (DomainException conflict) {
            if (conflict.kind() != DomainException.Kind.CONFLICT) {
                throw conflict;
            }
            return new Result(0, 0, 0, 0, 0, page.size());
        }
    }

    /** What one page writes, gathered while the rules decide. */
    private static final class Writes {
        final Set<PrivateCa> changedCas = new LinkedHashSet<>();
        final Set<PrivateCertificate> changedCertificates = new LinkedHashSet<>();
        final List<OnDemandCharges.Charge> charges = new ArrayList<>();
        final List<OnDemandCharges.Cursor> cursors = new ArrayList<>();
        final List<Account> charged = new ArrayList<>();
        final List<Ledger.Entry> entries = new ArrayList<>();
        final List<NoticeOutbox.Notice> notices = new ArrayList<>();
        final int[] done = new int[3];
    }

    private Result settle(List<AccountId> ids, Instant now, Instant settleTo) {
        Map<AccountId, Account> owners = accounts.findAll(ids);
        Map<AccountId, List<PrivateCa>> casOf = cas.toSettle(ids);
        Map<AccountId, List<PrivateCertificate>> certificatesOf = certificates.toSettle(ids);
        Map<String, Instant> settled = charges.settledUntil(ids);
        Map<AccountId, OnDemandArrears> inArrears = arrears.ofAll(ids);
        Writes w = new Writes();
        for (AccountId id : ids) {
            Account account = owners.get(id);
            List<PrivateCa> accountCas = casOf.getOrDefault(id, List.of());
            List<PrivateCertificate> accountCertificates = certificatesOf.getOrDefault(id, List.of());
            OnDemandArrears accountArrears = inArrears.get(id);
            if (accountArrears != null && !account.inArrears()) {
                arrears.end(id);
                accountArrears = null;
            }
            dueLifecycle(accountCas, accountCertificates, now, w);
            Instant billableUntil = accountArrears == null || accountArrears.billableUntil().isAfter(settleTo)
                    ? settleTo : accountArrears.billableUntil();
            int before = w.charges.size();
            for (PrivateCa ca : accountCas) {
                Instant from = settled.get(ca.id().value());
                for (Instant hour = from; hour.isBefore(settleTo); hour = hour.plus(HOUR)) {
                    Instant to = earlier(hour.plus(HOUR), billableUntil);
                    if (!to.isAfter(hour)) {
                        continue;
                    }
                    ResolvedPrice price = prices.ca(ca.kind(), hour);
                    for (UsageLine line : CaBilling.bill(ca, hour, to, CertificatePrices.hourlyPrice(price))) {
                        w.charges.add(new OnDemandCharges.Charge(ca.id().value(), hour, line.backBill(), id, price.key().item(),
                                line.usageStart(), line.usageEnd(), line.seconds(), line.amount(),
                                line.backBill() ? "R-PCA-4" : "R-PCA-1", price.versionId(), now));
                    }
                }
                advance(w, OnDemandCharges.Resource.PRIVATE_CA, ca.id().value(), from, settleTo);
            }
            for (PrivateCertificate certificate : accountCertificates) {
                Instant from = settled.get(certificate.id().value());
                for (Instant hour = from; hour.isBefore(settleTo); hour = hour.plus(HOUR)) {
                    Instant to = earlier(hour.plus(HOUR), billableUntil);
                    if (!to.isAfter(hour)) {
                        continue;
                    }
                    ResolvedPrice price = prices.privateCertificate(hour);
                    UsageLine line = certificate.bill(hour, to, CertificatePrices.hourlyPrice(price));
                    if (line.seconds() > 0) {
                        w.charges.add(new OnDemandCharges.Charge(certificate.id().value(), hour, false, id, price.key().item(),
                                line.usageStart(), line.usageEnd(), line.seconds(), line.amount(), "R-PCA-5", price.versionId(), now));
                    }
                }
                advance(w, OnDemandCharges.Resource.PRIVATE_CERTIFICATE, certificate.id().value(), from, settleTo);
            }
            for (OnDemandCharges.Charge charge : w.charges.subList(before, w.charges.size())) {
                if (charge.amount().isPositive()) {
                    Payment payment = account.charge(charge.amount());
                    w.entries.add(new Ledger.Entry(id, charge.resourceId(), Ledger.Kind.SETTLEMENT, payment.outgoing(),
                            charge.rule(), charge.priceVersion(), now));
                }
            }
            if (w.charges.size() > before) {
                w.charged.add(account);
            }
            arrearsPath(account, accountArrears, accountCas, accountCertificates, now, w);
        }
        cas.updateAll(w.changedCas);
        certificates.updateAll(w.changedCertificates);
        accounts.updateAll(w.charged);
        charges.settle(w.charges, w.cursors);
        ledger.recordAll(w.entries);
        outbox.enqueue(w.notices);
        return new Result(ids.size(), w.charges.size(), w.done[0], w.done[1], w.done[2], 0);
    }

    /** Completes scheduled deletions that are due (the CA's certificates go with it) and expires CAs whose validity ended. */
    private static void dueLifecycle(List<PrivateCa> accountCas, List<PrivateCertificate> accountCertificates, Instant now, Writes w) {
        for (PrivateCa ca : accountCas) {
            if (ca.state() == CaState.SCHEDULED_DELETION && !now.isBefore(ca.deletionDueAt())) {
                ca.completeDeletion(now);
                w.changedCas.add(ca);
                for (PrivateCertificate certificate : accountCertificates) {
                    if (certificate.caId().equals(ca.id()) && certificate.state() != PrivateCertificate.State.DELETED) {
                        certificate.delete(ca.endedAt());
                        w.changedCertificates.add(certificate);
                    }
                }
            } else if ((ca.state() == CaState.ACTIVE || ca.state() == CaState.DISABLED) && !now.isBefore(ca.validUntil())) {
                ca.expire(now);
                w.changedCas.add(ca);
            }
        }
    }

    private void arrearsPath(Account account, OnDemandArrears accountArrears, List<PrivateCa> accountCas,
                             List<PrivateCertificate> accountCertificates, Instant now, Writes w) {
        AccountId id = account.id();
        if (accountArrears == null) {
            if (account.inArrears()) {
                arrears.begin(id, now);
                OnDemandArrears started = new OnDemandArrears(now);
                w.notices.addAll(Notices.forContacts(account, NoticeKind.ARREARS_WARNING, Notices.EMAIL_AND_SMS, Notices.EVERYONE,
                        Map.of("product", "pca", "amount", account.available().negate().toPlainString(),
                                "dueAt", started.frozenFrom().toString()), "pca-arrears/" + id + "/" + now + "/grace", now));
                w.done[0]++;
            }
            return;
        }
        String key = "pca-arrears/" + id + "/" + accountArrears.since();
        switch (accountArrears.stageAt(now)) {
            case GRACE -> { }
            case FROZEN -> {
                w.notices.addAll(Notices.forContacts(account, NoticeKind.SUSPENDED, Notices.EMAIL_AND_SMS, Notices.EVERYONE,
                        Map.of("product", "pca", "subscriptionId", id.value(), "releaseAt", accountArrears.deletedAt().toString()),
                        key + "/frozen", now));
                w.done[1]++;
            }
            case DELETED -> {
                for (PrivateCa ca : accountCas) {
                    if (ca.endedAt() == null) {
                        ca.deleteForArrears(now);
                        w.changedCas.add(ca);
                    }
                }
                for (PrivateCertificate certificate : accountCertificates) {
                    if (certificate.state() != PrivateCertificate.State.DELETED) {
                        certificate.delete(now);
                        w.changedCertificates.add(certificate);
                    }
                }
                arrears.end(id);
                w.notices.addAll(Notices.forContacts(account, NoticeKind.RELEASED, Notices.EMAIL_AND_SMS, Notices.EVERYONE,
                        Map.of("product", "pca", "subscriptionId", id.value(), "releasedAt", now.toString()), key + "/deleted", now));
                w.done[2]++;
            }
        }
    }

    private static void advance(Writes w, OnDemandCharges.Resource resource, String id, Instant from, Instant to) {
        if (from.isBefore(to)) {
            w.cursors.add(new OnDemandCharges.Cursor(resource, id, from, to));
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
