package com.cloudsub.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccountTest {

    private Account account(String cash, String gift) {
        return new Account(new AccountId("a-1"), "Acme", Money.cny(cash), Money.cny(gift), Money.cny("0"),
                List.of(new Contact("Ann", "ann@acme.test", "+8613800000000", Set.of(ContactRole.CREATOR), "zh")), 0);
    }

    @Test
    @DisplayName("R-ACC-1 payments take cash first, then gift")
    void cashFirst() {
        Account account = account("100", "50");
        Payment payment = account.pay(Money.cny("120"), Money.cny("0"));
        assertThat(payment.cash()).isEqualTo(Money.cny("100"));
        assertThat(payment.gift()).isEqualTo(Money.cny("20"));
        assertThat(account.available()).isEqualTo(Money.cny("30"));
    }

    @Test
    @DisplayName("R-ACC-1 refunds return to cash and gift in the proportion paid")
    void refundProportion() {
        Payment paid = new Payment(Money.cny("300"), Money.cny("100"), Money.cny("0"));
        Payment back = paid.share(Money.cny("100.01"));
        assertThat(back.cash()).isEqualTo(Money.cny("75.01"));
        assertThat(back.gift()).isEqualTo(Money.cny("25.00"));
        assertThat(back.paid()).isEqualTo(Money.cny("100.01"));
    }

    @Test
    void refusesWhatTheBalanceCannotPay() {
        assertThatThrownBy(() -> account("10", "0").pay(Money.cny("10.01"), Money.cny("0")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED));
    }

    @Test
    @DisplayName("R-ACC-3 R-PCA-6 an on-demand charge takes cash, then gift, and what they do not cover puts the account in arrears")
    void onDemandChargeMayGoNegative() {
        Account account = account("10", "5");
        Payment first = account.charge(Money.cny("12"));
        assertThat(first.cash()).isEqualTo(Money.cny("10"));
        assertThat(first.gift()).isEqualTo(Money.cny("2"));
        assertThat(account.inArrears()).isFalse();
        Payment second = account.charge(Money.cny("4.50"));
        assertThat(second.gift()).isEqualTo(Money.cny("3"));
        assertThat(second.cash()).isEqualTo(Money.cny("1.50"));
        assertThat(account.cash()).isEqualTo(Money.cny("-1.50"));
        assertThat(account.inArrears()).isTrue();
        assertThat(account.charge(Money.cny("1")).cash()).isEqualTo(Money.cny("1"));
        assertThat(account.available()).isEqualTo(Money.cny("-2.50"));
    }

    @Test
    @DisplayName("R-SSL-1 R-GEN-1 a payment split in equal shares, one per certificate, adds up to the cent")
    void splitInShares() {
        Payment paid = new Payment(Money.cny("100.00"), Money.cny("0.02"), Money.cny("10.00"));
        List<Payment> shares = paid.split(3);
        assertThat(shares).hasSize(3);
        assertThat(shares.get(0)).isEqualTo(new Payment(Money.cny("33.33"), Money.cny("0.00"), Money.cny("3.33")));
        assertThat(shares.get(2)).isEqualTo(new Payment(Money.cny("33.34"), Money.cny("0.02"), Money.cny("3.34")));
        assertThat(shares.stream().map(Payment::paid).reduce(Money.cny("0"), Money::plus)).isEqualTo(Money.cny("100.02"));
    }

    @Test
    @DisplayName("R-APG-8 funds frozen for an instance cannot pay an order; settlement still charges the balance; release frees them")
    void frozenFunds() {
        Account account = account("10", "2");
        account.freeze(Money.cny("5.94"));
        assertThat(account.frozen()).isEqualTo(Money.cny("5.94"));
        assertThat(account.available()).isEqualTo(Money.cny("12"));
        assertThat(account.spendable()).isEqualTo(Money.cny("6.06"));
        assertThatThrownBy(() -> account.pay(Money.cny("7"), Money.cny("0"))).isInstanceOf(DomainException.class)
                .hasMessageContaining("5.94 frozen").extracting("field").isEqualTo("balance");
        assertThat(account.available()).as("a refused payment changes nothing").isEqualTo(Money.cny("12"));
        assertThatThrownBy(() -> account.freeze(Money.cny("6.07"))).isInstanceOf(DomainException.class);
        account.charge(Money.cny("11"));
        assertThat(account.available()).as("settlement charges the balance, frozen or not").isEqualTo(Money.cny("1"));
        account.release(Money.cny("5.94"));
        assertThat(account.frozen()).isEqualTo(Money.cny("0"));
        assertThat(account.pay(Money.cny("1"), Money.cny("0")).paid()).isEqualTo(Money.cny("1"));
    }
}
