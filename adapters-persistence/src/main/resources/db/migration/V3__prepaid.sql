-- Accounts, prepaid subscriptions, their orders, the ledger, the lifecycle log, the notice outbox and
-- idempotent requests. Money is DECIMAL with the currency in its own column; instants are UTC DATETIME(6).

CREATE TABLE account (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(128) NOT NULL,
    currency CHAR(3) NOT NULL,
    cash DECIMAL(20, 6) NOT NULL,
    gift DECIMAL(20, 6) NOT NULL,
    version BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL
);

CREATE TABLE contact (
    account_id VARCHAR(64) NOT NULL,
    seq INT NOT NULL,
    name VARCHAR(128) NOT NULL,
    email VARCHAR(255),
    phone VARCHAR(32),
    roles VARCHAR(128) NOT NULL,
    language VARCHAR(8) NOT NULL,
    PRIMARY KEY (account_id, seq),
    CONSTRAINT fk_contact_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE subscription (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    edition_code VARCHAR(64) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    add_ons VARCHAR(512) NOT NULL,
    state VARCHAR(16) NOT NULL,
    purchased_at DATETIME(6) NOT NULL,
    ends_at DATETIME(6) NOT NULL,
    suspended_at DATETIME(6),
    isolated_at DATETIME(6),
    auto_renew BOOLEAN NOT NULL,
    auto_renew_months INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_subscription_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_subscription_account ON subscription (account_id);

CREATE INDEX ix_subscription_due ON subscription (state, ends_at);

CREATE TABLE subscription_order (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    subscription_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    months INT NOT NULL,
    term_start DATETIME(6) NOT NULL,
    term_end DATETIME(6) NOT NULL,
    currency CHAR(3) NOT NULL,
    list_price DECIMAL(20, 6) NOT NULL,
    payable DECIMAL(20, 6) NOT NULL,
    cash DECIMAL(20, 6) NOT NULL,
    gift DECIMAL(20, 6) NOT NULL,
    voucher DECIMAL(20, 6) NOT NULL,
    price_version VARCHAR(32) NOT NULL,
    placed_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_order_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
);

CREATE INDEX ix_order_subscription ON subscription_order (subscription_id);

CREATE TABLE ledger_entry (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    subscription_id VARCHAR(64),
    kind VARCHAR(16) NOT NULL,
    currency CHAR(3) NOT NULL,
    cash DECIMAL(20, 6) NOT NULL,
    gift DECIMAL(20, 6) NOT NULL,
    voucher DECIMAL(20, 6) NOT NULL,
    rule_id VARCHAR(16) NOT NULL,
    price_version VARCHAR(32),
    recorded_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_ledger_account ON ledger_entry (account_id, id);

CREATE TABLE lifecycle_action (
    subscription_id VARCHAR(64) NOT NULL,
    term_end DATETIME(6) NOT NULL,
    action VARCHAR(32) NOT NULL,
    taken_at DATETIME(6) NOT NULL,
    PRIMARY KEY (subscription_id, term_end, action)
);

CREATE TABLE notice_outbox (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    recipient VARCHAR(255) NOT NULL,
    language VARCHAR(8) NOT NULL,
    notice_values VARCHAR(2000) NOT NULL,
    dedup_key VARCHAR(255) NOT NULL,
    status VARCHAR(16) NOT NULL,
    attempts INT NOT NULL,
    next_attempt_at DATETIME(6) NOT NULL,
    delivered_at DATETIME(6),
    last_error VARCHAR(512),
    created_at DATETIME(6) NOT NULL
);

CREATE UNIQUE INDEX ux_notice_dedup ON notice_outbox (dedup_key);

CREATE INDEX ix_notice_due ON notice_outbox (status, next_attempt_at);

CREATE INDEX ix_notice_account ON notice_outbox (account_id, channel, id);

CREATE TABLE idempotent_request (
    account_id VARCHAR(64) NOT NULL,
    idempotency_key VARCHAR(128) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    response_status INT,
    response_body TEXT,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);
