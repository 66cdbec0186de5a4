-- Pay-as-you-go gaps (session 3): see docs/decisions.md "Pay-as-you-go gaps (session 3)".

-- R-APG-10, A-71: calls of WebSocket-backed APIs are metered on a meter of their own, priced 0, so they never use
-- the free tier or call packs and never advance the call tiers; their traffic is apigw.traffic as usual.
-- [jooq ignore start]
INSERT INTO price_item (code, product_code, kind, region_scheme, name) VALUES
    ('apigw.websocket-call', 'apigw', 'METER', 'PUBLIC', 'API gateway calls of WebSocket-backed APIs (not charged)');
INSERT INTO edition_item (product_code, edition_code, item_code, role) VALUES
    ('apigw', 'shared', 'apigw.websocket-call', 'METER');
INSERT INTO price (version_id, item_code, region_class, charge_model, unit_price, discount, unit, per_amount, minimum_amount, day_basis, allowance_amount, allowance_unit) VALUES
    ('2019-01', 'apigw.websocket-call', 'STD', 'PER_UNIT', '0.00', NULL, 'CALL', '10000', NULL, NULL, NULL, NULL);
-- [jooq ignore stop]

-- Late usage: how far each settlement job has closed its periods to usage. A job closes periods (this row, under its
-- exclusive lock) before reading their usage; ingestion reads the row under a shared lock and refuses usage of a closed
-- period, so no usage is stored after its period was read for billing.
CREATE TABLE settlement_close (
    job VARCHAR(32) NOT NULL PRIMARY KEY,
    closed_until DATETIME(6) NOT NULL,
    closed_at DATETIME(6) NOT NULL
);

-- Jobs that ran before this table existed: closed up to the end of their last settled period (hours; months in the
-- Asia/Shanghai billing calendar, UTC+8 all year).
-- [jooq ignore start]
INSERT INTO settlement_close (job, closed_until, closed_at)
SELECT job, DATE_ADD(MAX(period_start), INTERVAL 1 HOUR), MAX(completed_at) FROM settlement_run WHERE job = 'apigw-hour' GROUP BY job;
INSERT INTO settlement_close (job, closed_until, closed_at)
SELECT job, DATE_SUB(DATE_ADD(LAST_DAY(DATE_ADD(MAX(period_start), INTERVAL 8 HOUR)), INTERVAL 1 DAY), INTERVAL 8 HOUR), MAX(completed_at)
FROM settlement_run WHERE job IN ('ssm-month', 'kms-month') GROUP BY job;
-- [jooq ignore stop]

-- R-APG-8, A-30: one hour of a pay-as-you-go dedicated instance's price is frozen at its creation and released with it.
-- account.frozen is the sum of the history below; payments cannot spend it, settlement charges the balance as before.
ALTER TABLE account ADD COLUMN frozen DECIMAL(20, 6) NOT NULL DEFAULT 0;

CREATE TABLE frozen_funds_entry (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    resource_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    currency CHAR(3) NOT NULL,
    amount DECIMAL(20, 6) NOT NULL,
    rule_id VARCHAR(16) NOT NULL,
    price_version VARCHAR(32),
    recorded_at DATETIME(6) NOT NULL
);

CREATE UNIQUE INDEX ux_frozen_funds_resource_kind ON frozen_funds_entry (resource_id, kind);
CREATE INDEX ix_frozen_funds_account ON frozen_funds_entry (account_id, id);
