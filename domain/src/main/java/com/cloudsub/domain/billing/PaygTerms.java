package com.cloudsub.domain.billing;

import java.time.Duration;
import java.util.Map;

/**
 * A product's pay-as-you-go terms: how it is settled (monthly products on {@code settlementDay} of the next month:
 * SSM legacy the 3rd, R-SSM-L5; KMS the 1st) and its arrears path. The service keeps running for
 * {@code grace} after arrears (except KMS, which refuses access at once, R-KMS-P4), is stopped after it (nothing
 * billed while stopped), and is released {@code retention} after the stop unless a top-up clears the debt first:
 * SSM legacy 24 h + 360 h (R-SSM-L6), KMS 24 h + 168 h (R-KMS-5), API gateway 24 h + 7 days (R-APG-9).
 */
public record PaygTerms(String product, Cadence cadence, int settlementDay, Duration grace, Duration retention, boolean accessDuringArrears,
                        String rule) {

    public static final Map<String, PaygTerms> STANDARD = Map.of(
            "ssm", new PaygTerms("ssm", Cadence.MONTH, 3, Duration.ofHours(24), Duration.ofHours(360), true, "R-SSM-L6"),
            "kms", new PaygTerms("kms", Cadence.MONTH, 1, Duration.ofHours(24), Duration.ofHours(168), false, "R-KMS-P4"),
            "apigw", new PaygTerms("apigw", Cadence.HOUR, 0, Duration.ofHours(24), Duration.ofDays(7), true, "R-APG-9"));

    public static PaygTerms of(String product) {
        PaygTerms terms = STANDARD.get(product);
        if (terms == null) {
            throw com.cloudsub.domain.shared.DomainException.invalid("product",
                    "pay-as-you-go is settled here for " + STANDARD.keySet() + ", not " + product);
        }
        return terms;
    }
}
