-- Usage records as products report them; unique by account and client event id (a resent record counts once).

CREATE TABLE usage_record (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    event_id VARCHAR(128) NOT NULL,
    product_code VARCHAR(32) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    meter VARCHAR(64) NOT NULL,
    quantity DECIMAL(30, 6) NOT NULL,
    unit VARCHAR(16) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    received_at DATETIME(6) NOT NULL
);

CREATE UNIQUE INDEX ux_usage_event ON usage_record (account_id, event_id);

CREATE INDEX ix_usage_meter_time ON usage_record (account_id, meter, occurred_at);
