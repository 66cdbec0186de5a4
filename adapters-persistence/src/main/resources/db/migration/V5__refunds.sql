-- Refunds of prepaid subscriptions, and the once-per-account-and-product no-reason refund (R-REF-1).

CREATE TABLE refund (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(64) NOT NULL,
    account_id VARCHAR(64) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    state VARCHAR(16) NOT NULL,
    currency CHAR(3) NOT NULL,
    cash DECIMAL(20, 6) NOT NULL,
    gift DECIMAL(20, 6) NOT NULL,
    rule_id VARCHAR(16) NOT NULL,
    no_reason BOOLEAN NOT NULL,
    requested_at DATETIME(6) NOT NULL,
    decided_at DATETIME(6),
    decided_by VARCHAR(128),
    reason VARCHAR(512),
    version BIGINT NOT NULL,
    CONSTRAINT fk_refund_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
);

CREATE INDEX ix_refund_subscription ON refund (subscription_id, state);

CREATE INDEX ix_refund_state ON refund (state, requested_at);

CREATE TABLE no_reason_refund (
    account_id VARCHAR(64) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    refund_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (account_id, product_code)
);
