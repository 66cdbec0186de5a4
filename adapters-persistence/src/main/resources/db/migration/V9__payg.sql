-- Pay-as-you-go (issue 4): opened services and their arrears path, resource state timelines, resource packs,
-- bills and their self-explaining lines, daily accruals, settlement watermarks, budgets and balance alerts.

-- One account's pay-as-you-go use of one product (opened_at starts the API gateway free tier; state is the arrears path).
CREATE TABLE payg_service (
    account_id VARCHAR(64) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    state VARCHAR(16) NOT NULL,
    arrears_since DATETIME(6),
    released_at DATETIME(6),
    version BIGINT NOT NULL,
    PRIMARY KEY (account_id, product_code)
);

CREATE INDEX ix_payg_service_state ON payg_service (state);

-- The spans a service was stopped in arrears (nothing is billed inside them); restored_at is null while stopped.
CREATE TABLE service_stop (
    account_id VARCHAR(64) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    stopped_at DATETIME(6) NOT NULL,
    restored_at DATETIME(6),
    PRIMARY KEY (account_id, product_code, stopped_at)
);

-- Secrets, KMS keys and dedicated API gateway instances; ended_at is when it was deleted or released.
CREATE TABLE payg_resource (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    meter VARCHAR(64) NOT NULL,
    state VARCHAR(32) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    ended_at DATETIME(6),
    version BIGINT NOT NULL
);

CREATE INDEX ix_payg_resource_account ON payg_resource (account_id, kind);

CREATE INDEX ix_payg_resource_live ON payg_resource (product_code, ended_at, created_at);

-- The state timeline of a resource, append-only.
CREATE TABLE resource_state_change (
    resource_id VARCHAR(64) NOT NULL,
    seq INT NOT NULL,
    state VARCHAR(32) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (resource_id, seq)
);

-- Call and traffic packs, bought (R-APG-5) or granted by the free tier (R-APG-3); used grows as settlement takes from it.
CREATE TABLE resource_pack (
    id VARCHAR(100) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    source VARCHAR(16) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    unit VARCHAR(16) NOT NULL,
    total DECIMAL(30, 6) NOT NULL,
    used DECIMAL(30, 6) NOT NULL,
    effective_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    state VARCHAR(16) NOT NULL,
    currency CHAR(3) NOT NULL,
    cash DECIMAL(20, 6) NOT NULL,
    gift DECIMAL(20, 6) NOT NULL,
    voucher DECIMAL(20, 6) NOT NULL,
    price_version VARCHAR(32),
    version BIGINT NOT NULL
);

CREATE INDEX ix_resource_pack_account ON resource_pack (account_id, expires_at);

-- One bill per account, product, cadence and period: the unique key makes a re-run or a racing node a no-op.
CREATE TABLE bill (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    cadence VARCHAR(8) NOT NULL,
    period_start DATETIME(6) NOT NULL,
    period_end DATETIME(6) NOT NULL,
    currency CHAR(3) NOT NULL,
    total DECIMAL(20, 6) NOT NULL,
    cash DECIMAL(20, 6) NOT NULL,
    gift DECIMAL(20, 6) NOT NULL,
    settled_at DATETIME(6) NOT NULL
);

CREATE UNIQUE INDEX ux_bill_period ON bill (account_id, product_code, cadence, period_start);

-- pack_uses: "packId|source|quantity" per line; steps: "description|quantity|unit|unitPrice|per|perUnit|amount" per line.
CREATE TABLE bill_line (
    bill_id VARCHAR(64) NOT NULL,
    seq INT NOT NULL,
    meter VARCHAR(64) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    resource_id VARCHAR(64),
    unit VARCHAR(16) NOT NULL,
    quantity DECIMAL(30, 6) NOT NULL,
    payg_quantity DECIMAL(30, 6) NOT NULL,
    pack_uses TEXT NOT NULL,
    steps TEXT NOT NULL,
    price_version VARCHAR(32) NOT NULL,
    rule_id VARCHAR(16) NOT NULL,
    amount DECIMAL(20, 6) NOT NULL,
    PRIMARY KEY (bill_id, seq)
);

-- Resource-days accrued per day (secrets, KMS keys), summed by the monthly settlement.
CREATE TABLE daily_accrual (
    account_id VARCHAR(64) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    meter VARCHAR(64) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    day DATE NOT NULL,
    quantity DECIMAL(30, 6) NOT NULL,
    PRIMARY KEY (account_id, meter, region_code, day)
);

CREATE INDEX ix_daily_accrual_day ON daily_accrual (product_code, day);

-- The last period each settlement job completed (its watermark).
CREATE TABLE settlement_run (
    job VARCHAR(32) NOT NULL,
    period_start DATETIME(6) NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (job, period_start)
);

CREATE INDEX ix_usage_product_time ON usage_record (product_code, occurred_at);

-- Budgets (R-BIL-2): an amount per period, a scope (null = all) and thresholds on actual or forecast cost.
CREATE TABLE budget (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    name VARCHAR(128) NOT NULL,
    period VARCHAR(16) NOT NULL,
    amount DECIMAL(20, 6) NOT NULL,
    currency CHAR(3) NOT NULL,
    product_code VARCHAR(32),
    region_code VARCHAR(32),
    created_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_budget_account ON budget (account_id);

CREATE TABLE budget_threshold (
    budget_id VARCHAR(64) NOT NULL,
    seq INT NOT NULL,
    percent DECIMAL(7, 3) NOT NULL,
    basis VARCHAR(16) NOT NULL,
    PRIMARY KEY (budget_id, seq)
);

-- The balance alert (R-ACC-5): below is true after a crossing was notified, until the balance rises above again.
CREATE TABLE balance_alert (
    account_id VARCHAR(64) NOT NULL PRIMARY KEY,
    currency CHAR(3) NOT NULL,
    threshold DECIMAL(20, 6) NOT NULL,
    below BOOLEAN NOT NULL,
    crossings INT NOT NULL
);

