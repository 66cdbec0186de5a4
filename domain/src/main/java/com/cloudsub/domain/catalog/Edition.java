package com.cloudsub.domain.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What a customer chooses within a product: {@code ssm/enterprise}, {@code kms/basic},
 * {@code apigw/dedicated-professional}, {@code ssm/legacy}. A prepaid or one-time edition is priced by its
 * fee item plus the add-ons it allows; a pay-as-you-go edition by its meters. Closed editions (legacy,
 * quotation-only) can be quoted for existing customers but not newly bought.
 */
public record Edition(String product, String code, String name, BillingMode billingMode, boolean onSale,
                      String feeItem, List<String> addOns, List<String> meters) {

    public Edition {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(billingMode, "billingMode");
        addOns = List.copyOf(addOns);
        meters = List.copyOf(meters);
        if (billingMode != BillingMode.PAY_AS_YOU_GO && feeItem == null) {
            throw new IllegalArgumentException("a prepaid or one-time edition has a fee item: " + code);
        }
    }
}
