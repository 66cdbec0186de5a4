package com.cloudsub.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.account.OpenAccount;
import com.cloudsub.application.account.TopUp;
import com.cloudsub.application.simulation.SimulationClock;
import com.cloudsub.application.subscription.PurchaseSubscription;
import com.cloudsub.application.subscription.RenewSubscription;
import com.cloudsub.application.subscription.RunLifecycle;
import com.cloudsub.application.subscription.Subscriptions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Contact;
import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import com.cloudsub.domain.subscription.Subscription;
import com.cloudsub.domain.subscription.SubscriptionState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * One lifecycle per prepaid product with a moving clock, on the real database: purchase → warning at E − 7 d
 * (once) → expiry notice → suspended at E + 24 h → restored by renewal or released after retention; ledger,
 * balances, states and notices asserted at each step.
 */
@SpringBootTest(classes = CloudSubApplication.class)
@ActiveProfiles("test")
class PrepaidLifecycleIT {

    @Autowired OpenAccount openAccount;
    @Autowired TopUp topUp;
    @Autowired Accounts accounts;
    @Autowired Ledger ledger;
    @Autowired PurchaseSubscription purchase;
    @Autowired RenewSubscription renew;
    @Autowired RunLifecycle lifecycle;
    @Autowired Subscriptions subscriptions;
    @Autowired SimulationClock clock;
    @Autowired JdbcTemplate jdbc;

    private AccountId customer(String cash) {
        var account = openAccount.open("Acme", List.of(
                new Contact("Creator", "creator@acme.test", "+8613800000001", Set.of(ContactRole.CREATOR), "zh"),
                new Contact("Ops", "ops@acme.test", "+8613800000002", Set.of(ContactRole.GLOBAL_RESOURCE), "en"),
                new Contact("Money", "money@acme.test", "+8613800000003", Set.of(ContactRole.FINANCE), "zh"),
                new Contact("Dev", "dev@acme.test", "+8613800000004", Set.of(ContactRole.TECHNICAL), "zh")));
        topUp.topUp(account.id(), Money.cny(cash));
        return account.id();
    }

    private void moveTo(Instant target) {
        Duration by = Duration.between(clock.instant(), target);
        if (!by.isNegative()) {
            clock.advance(by);
        }
    }

    private List<String> notices(AccountId account, String kind) {
        return jdbc.queryForList("SELECT CONCAT(channel, ':', recipient) FROM notice_outbox WHERE account_id = ? AND kind = ? ORDER BY id",
                String.class, account.value(), kind);
    }

    private Subscription reload(Subscription s) {
        return subscriptions.get(s.id());
    }

    @Test
    @DisplayName("R-SUB-4 R-SSM-4 R-ACC-4 R-SUB-5 R-SUB-2 SSM: warned once to creator, global-resource and finance; suspended at E + 24 h; restored by renewal")
    void ssmRestoredByRenewal() {
        AccountId account = customer("10000");
        Subscription s = purchase.purchase(new PurchaseSubscription.Command(account, "ssm", "enterprise", "ap-guangzhou",
                Map.of("ssm.secret-pack", 1), 1, false, null));
        assertThat(accounts.get(account).available()).isEqualTo(Money.cny("7252.00")); // 10,000 − (2,499 + 249)
        Instant e = s.endsAt();

        moveTo(e.minus(Duration.ofDays(7)).minusSeconds(60));
        lifecycle.run();
        assertThat(notices(account, "EXPIRY_WARNING")).isEmpty();

        moveTo(e.minus(Duration.ofDays(7)).plusSeconds(60));
        lifecycle.run();
        lifecycle.run();
        assertThat(notices(account, "EXPIRY_WARNING")).containsExactlyInAnyOrder(
                "EMAIL:creator@acme.test", "SMS:+8613800000001", "EMAIL:ops@acme.test", "SMS:+8613800000002",
                "EMAIL:money@acme.test", "SMS:+8613800000003");

        moveTo(e.plusSeconds(60));
        lifecycle.run();
        assertThat(reload(s).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(notices(account, "ARREARS_WARNING")).hasSize(8); // creator and all collaborators, email and SMS

        moveTo(e.plus(Duration.ofHours(24)).plusSeconds(60));
        lifecycle.run();
        Subscription suspended = reload(s);
        assertThat(suspended.state()).isEqualTo(SubscriptionState.SUSPENDED);
        assertThat(suspended.suspendedAt()).isEqualTo(e.plus(Duration.ofHours(24)));
        assertThat(notices(account, "SUSPENDED")).hasSize(8);

        Subscription restored = renew.renew(account, s.id(), 1);
        assertThat(restored.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(restored.endsAt()).isAfter(e.plus(Duration.ofDays(27)));
        assertThat(accounts.get(account).available()).isEqualTo(Money.cny("4504.00"));
        assertThat(ledger.of(account)).extracting(l -> l.kind().name() + " " + l.rule())
                .containsExactly("TOP_UP R-ACC-1", "PURCHASE R-SUB-1", "RENEWAL R-SUB-2");
        lifecycle.run();
        assertThat(notices(account, "SUSPENDED")).hasSize(8);
    }

    @Test
    @DisplayName("R-SUB-6 R-KMS-4 KMS: warned to everyone including in-site; released 7 days after suspension; renewal then refused")
    void kmsReleased() {
        AccountId account = customer("3000");
        Subscription s = purchase.purchase(new PurchaseSubscription.Command(account, "kms", "basic", "ap-guangzhou", Map.of(), 1, false, null));
        Instant e = s.endsAt();
        moveTo(e.minus(Duration.ofDays(6)));
        lifecycle.run();
        assertThat(notices(account, "EXPIRY_WARNING")).hasSize(9).contains("IN_SITE:" + account.value(), "EMAIL:dev@acme.test");

        moveTo(e.plus(Duration.ofHours(25)));
        lifecycle.run();
        Subscription suspended = reload(s);
        assertThat(suspended.state()).isEqualTo(SubscriptionState.SUSPENDED);

        moveTo(suspended.suspendedAt().plus(Duration.ofDays(7)).minusSeconds(1));
        lifecycle.run();
        assertThat(reload(s).state()).isEqualTo(SubscriptionState.SUSPENDED); // within 7 days of suspension: still restorable

        moveTo(suspended.suspendedAt().plus(Duration.ofDays(7)).plusSeconds(60));
        lifecycle.run();
        assertThat(reload(s).state()).isEqualTo(SubscriptionState.RELEASED);
        assertThat(notices(account, "RELEASED")).hasSize(8);
        assertThatThrownBy(() -> renew.renew(account, s.id(), 1))
                .isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(accounts.get(account).available()).isEqualTo(Money.cny("501.00"));
    }

    @Test
    @DisplayName("R-SUB-3 API gateway dedicated: auto-renew at expiry from the balance, once; a shortfall fails with a notice and the expiry path follows")
    void apigwAutoRenew() {
        AccountId rich = customer("8000");
        AccountId poor = customer("3700");
        Subscription paid = purchase.purchase(new PurchaseSubscription.Command(rich, "apigw", "dedicated-basic", "ap-guangzhou", Map.of(), 1, true, null));
        Subscription unpaid = purchase.purchase(new PurchaseSubscription.Command(poor, "apigw", "dedicated-basic", "ap-guangzhou", Map.of(), 1, true, null));
        Instant e = paid.endsAt().isAfter(unpaid.endsAt()) ? paid.endsAt() : unpaid.endsAt();

        moveTo(e.plusSeconds(60));
        lifecycle.run();
        lifecycle.run();
        Subscription renewed = reload(paid);
        assertThat(renewed.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(renewed.endsAt()).isAfter(e.plus(Duration.ofDays(27)));
        assertThat(accounts.get(rich).available()).isEqualTo(Money.cny("640.00"));
        assertThat(ledger.of(rich)).extracting(l -> l.kind().name()).containsExactly("TOP_UP", "PURCHASE", "AUTO_RENEWAL");
        assertThat(notices(rich, "AUTO_RENEW_SUCCEEDED")).isNotEmpty();

        assertThat(notices(poor, "AUTO_RENEW_FAILED")).hasSize(8);
        assertThat(accounts.get(poor).available()).isEqualTo(Money.cny("20.00"));
        moveTo(e.plus(Duration.ofHours(24)).plusSeconds(120));
        lifecycle.run();
        assertThat(reload(unpaid).state()).isEqualTo(SubscriptionState.SUSPENDED);
        assertThat(notices(poor, "AUTO_RENEW_FAILED")).hasSize(8);
    }

    @Test
    @DisplayName("Lifecycle workers: the shares split the due subscriptions by account, disjoint and together complete")
    void sharesSplitDueSubscriptionsByAccount() {
        List<AccountId> owners = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            AccountId account = customer("10000");
            owners.add(account);
            purchase.purchase(new PurchaseSubscription.Command(account, "kms", "basic", "ap-guangzhou", Map.of(), 1, false, null));
            purchase.purchase(new PurchaseSubscription.Command(account, "kms", "basic", "ap-beijing", Map.of(), 1, false, null));
        }
        Instant now = clock.instant().plus(Duration.ofDays(40));
        List<Subscription> all = subscriptions.dueForLifecycle(now, "", 100_000, 0, 1).stream()
                .filter(s -> owners.contains(s.accountId())).toList();
        List<Subscription> first = subscriptions.dueForLifecycle(now, "", 100_000, 0, 2).stream()
                .filter(s -> owners.contains(s.accountId())).toList();
        List<Subscription> second = subscriptions.dueForLifecycle(now, "", 100_000, 1, 2).stream()
                .filter(s -> owners.contains(s.accountId())).toList();
        assertThat(all).hasSize(24);
        assertThat(first.size() + second.size()).isEqualTo(24);
        assertThat(first).isNotEmpty();
        assertThat(second).isNotEmpty();
        Set<AccountId> firstOwners = first.stream().map(Subscription::accountId).collect(java.util.stream.Collectors.toSet());
        assertThat(second).noneMatch(s -> firstOwners.contains(s.accountId()));
    }
}
