package com.cloudsub.domain.subscription;

import com.cloudsub.domain.account.ContactRole;
import com.cloudsub.domain.notice.Channel;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * What differs between prepaid products, as data: the retention after suspension (R-SUB-6), the refund mode and the
 * editions never refunded (R-REF-3..5), the channels and roles of the expiry warning (R-SUB-4, R-SSM-4, R-KMS-4). Arrears and
 * isolation warnings go to the creator and all collaborators for every product (R-SSM-4).
 */
public record ProductTerms(String product, Duration retention, RefundMode refundMode, Set<String> nonRefundableEditions,
                           Set<Channel> warningChannels, Set<ContactRole> warningRoles) {

    /** Expiry warnings go out in the 7 days before expiry (R-SUB-4). */
    public static final Duration WARNING_AHEAD = Duration.ofDays(7);
    /** Suspension follows expiry by 24 h (R-SUB-5). */
    public static final Duration SUSPEND_AFTER = Duration.ofHours(24);
    /** A refunded API gateway instance is isolated for 7 days before destruction (R-REF-4). */
    public static final Duration ISOLATION = Duration.ofDays(7);
    /** The no-reason refund window (R-REF-1, A-11): 5 × 24 h from the purchase. */
    public static final Duration NO_REASON_WINDOW = Duration.ofDays(5);

    public ProductTerms {
        nonRefundableEditions = Set.copyOf(nonRefundableEditions);
        warningChannels = Set.copyOf(warningChannels);
        warningRoles = Set.copyOf(warningRoles);
    }

    /** Whether a subscription of {@code edition} can be refunded at all (R-REF-5: SSM and KMS whitebox cannot). */
    public boolean refundable(String edition) {
        return refundMode != RefundMode.NONE && !nonRefundableEditions.contains(edition);
    }

    private static final Set<ContactRole> ALL = Set.of(ContactRole.values());

    /** The prepaid products of RULES.md. */
    public static final Map<String, ProductTerms> STANDARD = Map.of(
            "ssm", new ProductTerms("ssm", Duration.ofDays(15), RefundMode.NONE, Set.of(), Set.of(Channel.EMAIL, Channel.SMS),
                    Set.of(ContactRole.CREATOR, ContactRole.GLOBAL_RESOURCE, ContactRole.FINANCE)),
            "kms", new ProductTerms("kms", Duration.ofDays(7), RefundMode.REVIEW, Set.of("whitebox"),
                    Set.of(Channel.EMAIL, Channel.SMS, Channel.IN_SITE), ALL),
            "apigw", new ProductTerms("apigw", Duration.ofDays(7), RefundMode.IMMEDIATE, Set.of(), Set.of(Channel.EMAIL, Channel.SMS), ALL));
}
