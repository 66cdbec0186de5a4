package com.cloudsub.bootstrap;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.FrozenFunds;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.account.OpenAccount;
import com.cloudsub.application.account.TopUp;
import com.cloudsub.application.audit.AuditLog;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.certificate.AccountsInArrears;
import com.cloudsub.application.certificate.CreatePrivateCa;
import com.cloudsub.application.certificate.ExpandFreeCertificateQuota;
import com.cloudsub.application.certificate.FreeCertificateQuotas;
import com.cloudsub.application.certificate.ManagePrivateCa;
import com.cloudsub.application.certificate.ManagePrivateCertificates;
import com.cloudsub.application.certificate.ManageSslCertificate;
import com.cloudsub.application.certificate.OnDemandCharges;
import com.cloudsub.application.certificate.PrivateCas;
import com.cloudsub.application.certificate.PrivateCertificates;
import com.cloudsub.application.certificate.PurchaseSslCertificates;
import com.cloudsub.application.certificate.RefundSslCertificate;
import com.cloudsub.application.certificate.RenewSslCertificate;
import com.cloudsub.application.certificate.RunSslLifecycle;
import com.cloudsub.application.certificate.SettleCertificateHours;
import com.cloudsub.application.certificate.SslCertificates;
import com.cloudsub.application.notice.DeliverNotices;
import com.cloudsub.application.notice.EmailSender;
import com.cloudsub.application.notice.NoticeOutbox;
import com.cloudsub.application.notice.SmsGateway;
import com.cloudsub.application.refund.RefundSubscription;
import com.cloudsub.application.refund.Refunds;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.application.subscription.ChangeAutoRenew;
import com.cloudsub.application.subscription.ExpandSubscription;
import com.cloudsub.application.subscription.LifecycleLog;
import com.cloudsub.application.subscription.UseCapacity;
import com.cloudsub.application.usage.RecordUsage;
import com.cloudsub.application.usage.UsageRecords;
import com.cloudsub.application.subscription.Orders;
import com.cloudsub.application.subscription.PurchaseSubscription;
import com.cloudsub.application.subscription.RenewSubscription;
import com.cloudsub.application.subscription.RunLifecycle;
import com.cloudsub.application.subscription.Subscriptions;
import com.cloudsub.application.catalog.ListCatalog;
import com.cloudsub.application.catalog.QuotePrice;
import com.cloudsub.application.catalog.SchedulePrice;
import com.cloudsub.application.simulation.MoveClock;
import com.cloudsub.application.simulation.SimulationClock;
import com.cloudsub.domain.shared.BillingCalendar;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import com.cloudsub.application.billing.AccrueDay;
import com.cloudsub.application.billing.Bills;
import com.cloudsub.application.billing.DailyAccruals;
import com.cloudsub.application.billing.OpenPaygService;
import com.cloudsub.application.billing.PaygServices;
import com.cloudsub.application.billing.RunArrears;
import com.cloudsub.application.billing.SettleHour;
import com.cloudsub.application.billing.SettleMonth;
import com.cloudsub.application.billing.SettlementRuns;
import com.cloudsub.application.budget.Budgets;
import com.cloudsub.application.budget.CheckBudgets;
import com.cloudsub.application.budget.SetBudget;
import com.cloudsub.application.usage.BuyPack;
import com.cloudsub.application.usage.ChangeResource;
import com.cloudsub.application.usage.PaygResources;
import com.cloudsub.application.usage.ResourcePacks;

/** Creates the framework-free use cases and the platform clock. */
@Configuration
class UseCases {

    /** The database keeps microseconds (DATETIME(6)); so does the platform clock, so what is read back is what was written. */
    private static final Clock MICROSECONDS = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1000));

    @Bean
    @Profile("!simulation")
    Clock systemClock() {
        return MICROSECONDS;
    }

    @Bean
    @Profile("simulation")
    SimulationClock simulationClock() {
        return new SimulationClock(MICROSECONDS);
    }

    @Bean
    @Profile("simulation")
    MoveClock moveClock(SimulationClock clock, AuditLog audit, Transactions transactions) {
        return new MoveClock(clock, audit, transactions);
    }

    @Bean
    BillingCalendar billingCalendar(@Value("${cloudsub.billing.zone:Asia/Shanghai}") String zone) {
        return new BillingCalendar(ZoneId.of(zone));
    }

    @Bean
    QuotePrice quotePrice(Catalogs catalogs, Clock clock, BillingCalendar calendar) {
        return new QuotePrice(catalogs, clock, calendar);
    }

    @Bean
    SchedulePrice schedulePrice(Catalogs catalogs, AuditLog audit, Transactions transactions, Clock clock) {
        return new SchedulePrice(catalogs, audit, transactions, clock);
    }

    @Bean
    ListCatalog listCatalog(Catalogs catalogs) {
        return new ListCatalog(catalogs);
    }

    @Bean
    OpenAccount openAccount(Accounts accounts, Transactions transactions) {
        return new OpenAccount(accounts, transactions);
    }

    @Bean
    TopUp topUp(Accounts accounts, Ledger ledger, PaygServices services, Transactions transactions, Clock clock) {
        return new TopUp(accounts, ledger, services, transactions, clock);
    }

    @Bean
    PurchaseSubscription purchaseSubscription(Accounts accounts, Subscriptions subscriptions, Orders orders, Ledger ledger,
                                              Catalogs catalogs, Transactions transactions, Clock clock, BillingCalendar calendar) {
        return new PurchaseSubscription(accounts, subscriptions, orders, ledger, catalogs, transactions, clock, calendar);
    }

    @Bean
    RenewSubscription renewSubscription(Accounts accounts, Subscriptions subscriptions, Orders orders, Ledger ledger,
                                        Catalogs catalogs, Transactions transactions, Clock clock, BillingCalendar calendar) {
        return new RenewSubscription(accounts, subscriptions, orders, ledger, catalogs, transactions, clock, calendar);
    }

    @Bean
    RunLifecycle runLifecycle(Subscriptions subscriptions, Accounts accounts, LifecycleLog log, NoticeOutbox outbox, Orders orders,
                              Ledger ledger, RenewSubscription renew, Transactions transactions, Clock clock,
                              @Value("${cloudsub.lifecycle.workers:2}") int workers) {
        return new RunLifecycle(subscriptions, accounts, log, outbox, orders, ledger, renew, transactions, clock, workers);
    }

    @Bean
    DeliverNotices deliverNotices(NoticeOutbox outbox, EmailSender email, SmsGateway sms, Transactions transactions, Clock clock) {
        return new DeliverNotices(outbox, email, sms, transactions, clock);
    }

    @Bean
    RefundSubscription refundSubscription(Subscriptions subscriptions, Orders orders, Refunds refunds, Accounts accounts,
                                          Ledger ledger, NoticeOutbox outbox, AuditLog audit, Transactions transactions, Clock clock) {
        return new RefundSubscription(subscriptions, orders, refunds, accounts, ledger, outbox, audit, transactions, clock);
    }

    @Bean
    ExpandSubscription expandSubscription(Accounts accounts, Subscriptions subscriptions, Orders orders, Ledger ledger,
                                          Catalogs catalogs, Transactions transactions, Clock clock) {
        return new ExpandSubscription(accounts, subscriptions, orders, ledger, catalogs, transactions, clock);
    }

    @Bean
    ChangeAutoRenew changeAutoRenew(Subscriptions subscriptions, Transactions transactions) {
        return new ChangeAutoRenew(subscriptions, transactions);
    }

    @Bean
    UseCapacity useCapacity(Subscriptions subscriptions, UseCapacity.CapacityUse use, Catalogs catalogs, Transactions transactions) {
        return new UseCapacity(subscriptions, use, catalogs, transactions);
    }

    @Bean
    RecordUsage recordUsage(UsageRecords usage, SettlementRuns runs, Catalogs catalogs, Transactions transactions, Clock clock,
                            BillingCalendar calendar) {
        return new RecordUsage(usage, runs, catalogs, transactions, clock, calendar);
    }

    @Bean
    PurchaseSslCertificates purchaseSslCertificates(Accounts accounts, SslCertificates certificates, FreeCertificateQuotas quotas,
                                                    Ledger ledger, Catalogs catalogs, Transactions transactions, Clock clock) {
        return new PurchaseSslCertificates(accounts, certificates, quotas, ledger, catalogs, transactions, clock);
    }

    @Bean
    ExpandFreeCertificateQuota expandFreeCertificateQuota(Accounts accounts, FreeCertificateQuotas quotas, Ledger ledger,
                                                          Catalogs catalogs, Transactions transactions, Clock clock) {
        return new ExpandFreeCertificateQuota(accounts, quotas, ledger, catalogs, transactions, clock);
    }

    @Bean
    ManageSslCertificate manageSslCertificate(SslCertificates certificates, Transactions transactions, Clock clock,
                                              BillingCalendar calendar) {
        return new ManageSslCertificate(certificates, transactions, clock, calendar);
    }

    @Bean
    RenewSslCertificate renewSslCertificate(Accounts accounts, SslCertificates certificates, Ledger ledger, Catalogs catalogs,
                                            Transactions transactions, Clock clock) {
        return new RenewSslCertificate(accounts, certificates, ledger, catalogs, transactions, clock);
    }

    @Bean
    RefundSslCertificate refundSslCertificate(SslCertificates certificates, Accounts accounts, Ledger ledger, NoticeOutbox outbox,
                                              Transactions transactions, Clock clock) {
        return new RefundSslCertificate(certificates, accounts, ledger, outbox, transactions, clock);
    }

    @Bean
    RunSslLifecycle runSslLifecycle(SslCertificates certificates, Accounts accounts, Ledger ledger, NoticeOutbox outbox,
                                    Catalogs catalogs, Transactions transactions, Clock clock, BillingCalendar calendar) {
        return new RunSslLifecycle(certificates, accounts, ledger, outbox, catalogs, transactions, clock, calendar);
    }

    @Bean
    CreatePrivateCa createPrivateCa(PrivateCas cas, Accounts accounts, AccountsInArrears arrears, Transactions transactions,
                                    Clock clock, BillingCalendar calendar) {
        return new CreatePrivateCa(cas, accounts, arrears, transactions, clock, calendar);
    }

    @Bean
    ManagePrivateCa managePrivateCa(PrivateCas cas, Accounts accounts, AccountsInArrears arrears, Transactions transactions,
                                    Clock clock) {
        return new ManagePrivateCa(cas, accounts, arrears, transactions, clock);
    }

    @Bean
    ManagePrivateCertificates managePrivateCertificates(PrivateCas cas, PrivateCertificates certificates, Accounts accounts,
                                                        AccountsInArrears arrears, Transactions transactions, Clock clock,
                                                        BillingCalendar calendar) {
        return new ManagePrivateCertificates(cas, certificates, accounts, arrears, transactions, clock, calendar);
    }

    @Bean
    SettleCertificateHours settleCertificateHours(PrivateCas cas, PrivateCertificates certificates, OnDemandCharges charges,
                                                  AccountsInArrears arrears, Accounts accounts, Ledger ledger, NoticeOutbox outbox,
                                                  Catalogs catalogs, Transactions transactions, Clock clock,
                                                  BillingCalendar calendar) {
        return new SettleCertificateHours(cas, certificates, charges, arrears, accounts, ledger, outbox, catalogs, transactions,
                clock, calendar);
    }

    @Bean
    OpenPaygService openPaygService(PaygServices services, Accounts accounts, Transactions transactions, Clock clock) {
        return new OpenPaygService(services, accounts, transactions, clock);
    }

    @Bean
    ChangeResource changeResource(PaygResources resources, PaygServices services, Accounts accounts, FrozenFunds frozenFunds, Catalogs catalogs,
                                  Transactions transactions, Clock clock) {
        return new ChangeResource(resources, services, accounts, frozenFunds, catalogs, transactions, clock);
    }

    @Bean
    BuyPack buyPack(ResourcePacks packs, Accounts accounts, Ledger ledger, Catalogs catalogs, Transactions transactions, Clock clock) {
        return new BuyPack(packs, accounts, ledger, catalogs, transactions, clock);
    }

    @Bean
    SettleHour settleHour(UsageRecords usage, PaygResources resources, ResourcePacks packs, Bills bills, PaygServices services,
                          Accounts accounts, Ledger ledger, NoticeOutbox outbox, SettlementRuns runs, Catalogs catalogs,
                          Transactions transactions, Clock clock, BillingCalendar calendar) {
        return new SettleHour(usage, resources, packs, bills, services, accounts, ledger, outbox, runs, catalogs, transactions, clock, calendar);
    }

    @Bean
    AccrueDay accrueDay(PaygResources resources, PaygServices services, DailyAccruals accruals, SettlementRuns runs,
                        Transactions transactions, Clock clock, BillingCalendar calendar) {
        return new AccrueDay(resources, services, accruals, runs, transactions, clock, calendar);
    }

    @Bean
    SettleMonth settleMonth(AccrueDay accrueDay, DailyAccruals accruals, UsageRecords usage, PaygResources resources, ResourcePacks packs,
                            Bills bills, PaygServices services, Accounts accounts, Ledger ledger, NoticeOutbox outbox, SettlementRuns runs,
                            Catalogs catalogs, Transactions transactions, Clock clock, BillingCalendar calendar) {
        return new SettleMonth(accrueDay, accruals, usage, resources, packs, bills, services, accounts, ledger, outbox, runs, catalogs,
                transactions, clock, calendar);
    }

    @Bean
    RunArrears runArrears(PaygServices services, PaygResources resources, Accounts accounts, FrozenFunds frozenFunds, NoticeOutbox outbox,
                          Transactions transactions, Clock clock, BillingCalendar calendar) {
        return new RunArrears(services, resources, accounts, frozenFunds, outbox, transactions, clock, calendar);
    }

    @Bean
    SetBudget setBudget(Budgets budgets, Accounts accounts, Catalogs catalogs, Transactions transactions) {
        return new SetBudget(budgets, accounts, catalogs, transactions);
    }

    @Bean
    CheckBudgets checkBudgets(Budgets budgets, Bills bills, Accounts accounts, NoticeOutbox outbox, Transactions transactions, Clock clock,
                              BillingCalendar calendar) {
        return new CheckBudgets(budgets, bills, accounts, outbox, transactions, clock, calendar);
    }
}
