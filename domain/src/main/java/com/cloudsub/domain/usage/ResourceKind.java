package com.cloudsub.domain.usage;

import static com.cloudsub.domain.usage.ResourceState.DELETED;
import static com.cloudsub.domain.usage.ResourceState.DISABLED;
import static com.cloudsub.domain.usage.ResourceState.ENABLED;
import static com.cloudsub.domain.usage.ResourceState.PENDING_DELETION;
import static com.cloudsub.domain.usage.ResourceState.RELEASED;
import static com.cloudsub.domain.usage.ResourceState.RUNNING;

import java.util.Map;
import java.util.Set;

/**
 * What kind of pay-as-you-go resource, which product owns it, which states are billed and which transitions
 * are allowed. Secrets are billed ENABLED or DISABLED, not PENDING_DELETION (R-SSM-L1); customer keys the same
 * (R-KMS-P1); service keys are metered but free (R-KMS-P2); a dedicated instance is billed from allocation until
 * release, used or not (R-APG-8).
 */
public enum ResourceKind {
    SECRET("ssm", ENABLED, Set.of(ENABLED, DISABLED), Map.of(
            ENABLED, Set.of(DISABLED, PENDING_DELETION),
            DISABLED, Set.of(ENABLED, PENDING_DELETION),
            PENDING_DELETION, Set.of(ENABLED, DISABLED, DELETED))),
    CUSTOMER_KEY("kms", ENABLED, Set.of(ENABLED, DISABLED), Map.of(
            ENABLED, Set.of(DISABLED, PENDING_DELETION),
            DISABLED, Set.of(ENABLED, PENDING_DELETION),
            PENDING_DELETION, Set.of(DISABLED, DELETED))),
    SERVICE_KEY("kms", ENABLED, Set.of(ENABLED, DISABLED), Map.of(
            ENABLED, Set.of(DISABLED, PENDING_DELETION),
            DISABLED, Set.of(ENABLED, PENDING_DELETION),
            PENDING_DELETION, Set.of(DISABLED, DELETED))),
    DEDICATED_INSTANCE("apigw", RUNNING, Set.of(RUNNING), Map.of(RUNNING, Set.of(RELEASED)));

    private final String product;
    private final ResourceState initial;
    private final Set<ResourceState> billed;
    private final Map<ResourceState, Set<ResourceState>> transitions;

    ResourceKind(String product, ResourceState initial, Set<ResourceState> billed, Map<ResourceState, Set<ResourceState>> transitions) {
        this.product = product;
        this.initial = initial;
        this.billed = billed;
        this.transitions = transitions;
    }

    public String product() {
        return product;
    }

    public ResourceState initial() {
        return initial;
    }

    public boolean billed(ResourceState state) {
        return billed.contains(state);
    }

    public boolean allows(ResourceState from, ResourceState to) {
        return transitions.getOrDefault(from, Set.of()).contains(to);
    }

    /** The state a resource ends in when its account's service is released (R-SSM-L6, R-KMS-5, R-APG-9). */
    public ResourceState released() {
        return this == DEDICATED_INSTANCE ? RELEASED : DELETED;
    }

    public boolean ended(ResourceState state) {
        return state == DELETED || state == RELEASED;
    }

    /** The meter a resource of this kind is billed by; a dedicated instance by its edition's hourly meter. */
    public String meter(String edition) {
        return switch (this) {
            case SECRET -> "ssm.secret";
            case CUSTOMER_KEY -> "kms.customer-key";
            case SERVICE_KEY -> "kms.service-key";
            case DEDICATED_INSTANCE -> {
                if (edition == null || !edition.matches("dedicated-(basic|professional|enterprise|platinum|diamond)-hourly")) {
                    throw com.cloudsub.domain.shared.DomainException.invalid("edition",
                            "a pay-as-you-go dedicated instance is one of dedicated-{basic,professional,enterprise,platinum,diamond}-hourly");
                }
                yield "apigw." + edition.substring(0, edition.length() - "-hourly".length()) + ".hour";
            }
        };
    }
}
