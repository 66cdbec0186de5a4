package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.account.Ledger;
import com.cloudsub.application.catalog.Catalogs;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.account.Payment;
import com.cloudsub.domain.catalog.Quoting;
import com.cloudsub.domain.certificate.FreeCertificateQuota;
import com.cloudsub.domain.certificate.SslCertificate;
import com.cloudsub.domain.certificate.SslCertificateId;
import com.cloudsub.domain.shared.DomainException;
import com.cloudsub.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Buys SSL certificates: unit price of the spec × quantity, paid once from the balance, cash first (R-SSL-1, R-ACC-1);
 * each certificate is PENDING_APPLICATION and its validity starts only at issuance (R-SSL-2). The spec
 * {@code free-dv} takes free DV certificates from the account's quota instead (R-SSL-4).
 */
public class PurchaseSslCertificates {

    public record Command(AccountId accountId, String spec, int years, int extraDomains, int quantity, boolean autoRenew,
                          Money voucher) {
        public Command {
            if (spec == null || spec.isBlank()) {
                throw DomainException.invalid("spec", "name the certificate spec, e.g. geotrust-ov-single or free-dv");
            }
            if (years < 1 || years > 3) {
                throw DomainException.invalid("years", "a certificate is bought for 1, 2 or 3 years");
            }
            if (quantity < 1 || quantity > Quoting.MAX_PIECES) {
                throw DomainException.invalid("quantity", "quantity must be 1 to " + Quoting.MAX_PIECES + ", not " + quantity);
            }
            if (extraDomains < 0 || extraDomains > Quoting.MAX_ADD_ONS) {
                throw DomainException.invalid("extraDomains", "extra domains must be 0 to " + Quoting.MAX_ADD_ONS);
            }
            voucher = voucher == null ? Money.zero(Money.CNY) : voucher;
            if (voucher.isNegative() || voucher.amount().stripTrailingZeros().scale() > 2) {
                throw DomainException.invalid("voucher", "a voucher is 0 or more, to the cent");
            }
        }
    }

    private final Accounts accounts;
    private final SslCertificates certificates;
    private final FreeCertificateQuotas quotas;
    private final Ledger ledger;
    private final CertificatePrices prices;
    private final Transactions transactions;
    private final Clock clock;

    public PurchaseSslCertificates(Accounts accounts, SslCertificates certificates, FreeCertificateQuotas quotas, Ledger ledger,
                                   Catalogs catalogs, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.certificates = certificates;
        this.quotas = quotas;
        this.ledger = ledger;
        this.prices = new CertificatePrices(catalogs);
        this.transactions = transactions;
        this.clock = clock;
    }

    public List<SslCertificate> purchase(Command command) {
        Instant now = clock.instant();
        CertificatePrices.SslOffer offer = prices.ssl(command.spec(), command.years(), command.extraDomains(), command.quantity(), now);
        if (offer.free() && command.autoRenew()) {
            throw DomainException.refused("not-renewable", "autoRenew", "free certificates cannot be renewed (R-SSL-5)");
        }
        Money total = offer.quote().total();
        Money voucher = command.voucher().min(total);
        return transactions.inTransaction(() -> {
            Account account = accounts.get(command.accountId());
            List<SslCertificates.Paid> bought = new ArrayList<>();
            if (offer.free()) {
                FreeCertificateQuota quota = quotas.lock(account.id());
                for (int i = 0; i < command.quantity(); i++) {
                    SslCertificate free = SslCertificate.free(newId(), account.id(), offer.spec(), quota, now);
                    quota = new FreeCertificateQuota(quota.taken() + 1, quota.expansionPacks());
                    bought.add(new SslCertificates.Paid(free, Payment.none(), offer.quote().priceVersion()));
                }
                quotas.save(account.id(), quota);
            } else {
                Payment payment = account.pay(total.minus(voucher), voucher);
                accounts.update(account);
                List<Payment> shares = payment.split(command.quantity());
                List<Ledger.Entry> entries = new ArrayList<>();
                for (Payment share : shares) {
                    SslCertificate certificate = SslCertificate.purchase(newId(), account.id(), offer.spec(), offer.years(),
                            command.autoRenew(), now);
                    bought.add(new SslCertificates.Paid(certificate, share, offer.quote().priceVersion()));
                    entries.add(new Ledger.Entry(account.id(), certificate.id().value(), Ledger.Kind.PURCHASE, share.outgoing(),
                            "R-SSL-1", offer.quote().priceVersion(), now));
                }
                ledger.recordAll(entries);
            }
            certificates.addAll(bought);
            return bought.stream().map(SslCertificates.Paid::certificate).toList();
        });
    }

    static SslCertificateId newId() {
        return new SslCertificateId("ssl-" + UUID.randomUUID());
    }

}
