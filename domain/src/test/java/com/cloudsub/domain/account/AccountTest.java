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
        return new Account(new AccountId("a-1"), "Acme", Money.cny(cash), Money.cny(gift),
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
}
