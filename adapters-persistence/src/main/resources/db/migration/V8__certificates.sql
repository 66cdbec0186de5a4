-- Certificates (issue 5): SSL certificates paid once, the free DV quota, private CAs with their state history,
-- private certificates, the hourly on-demand charges keyed by (resource, hour, line) and on-demand arrears.

-- Ledger entries of certificates name the certificate, private CA or private certificate in ledger_entry.subscription_id
-- (see docs/decisions.md, Certificates).

-- One row per certificate; an order of N certificates pays each its share (cash, gift, voucher).
CREATE TABLE ssl_certificate (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    spec_code VARCHAR(64) NOT NULL,
    brand VARCHAR(32) NOT NULL,
    validation_type VARCHAR(8) NOT NULL,
    domain_type VARCHAR(16) NOT NULL,
    domain_count INT NOT NULL,
    years INT NOT NULL,
    source VARCHAR(16) NOT NULL,
    state VARCHAR(24) NOT NULL,
    paid_at DATETIME(6),
    issued_at DATETIME(6),
    expires_at DATETIME(6),
    revoked_at DATETIME(6),
    auto_renew BOOLEAN NOT NULL,
    renewal_of VARCHAR(64),
    renewal_of_expires_at DATETIME(6),
    renewal_entry VARCHAR(8),
    renewal_identical BOOLEAN,
    renewed_by VARCHAR(64),
    currency CHAR(3) NOT NULL,
    cash DECIMAL(20, 6) NOT NULL,
    gift DECIMAL(20, 6) NOT NULL,
    voucher DECIMAL(20, 6) NOT NULL,
    price_version VARCHAR(32),
    version BIGINT NOT NULL,
    CONSTRAINT fk_ssl_certificate_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_ssl_certificate_account ON ssl_certificate (account_id, paid_at);

CREATE INDEX ix_ssl_certificate_due ON ssl_certificate (state, expires_at);

-- The lifetime free DV quota of an account (R-SSL-4, A-61): certificates taken and expansion packs bought.
CREATE TABLE ssl_free_quota (
    account_id VARCHAR(64) NOT NULL PRIMARY KEY,
    taken INT NOT NULL,
    expansion_packs INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_ssl_free_quota_account FOREIGN KEY (account_id) REFERENCES account (id)
);

-- settled_until: every whole hour before it has been charged (R-PCA-1); ended_at: when the CA was DELETED or REVOKED.
CREATE TABLE private_ca (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(64) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    parent_id VARCHAR(64),
    state VARCHAR(24) NOT NULL,
    valid_until DATETIME(6) NOT NULL,
    deletion_due_at DATETIME(6),
    created_at DATETIME(6) NOT NULL,
    ended_at DATETIME(6),
    settled_until DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_private_ca_account FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX ix_private_ca_account ON private_ca (account_id, created_at);

CREATE INDEX ix_private_ca_settlement ON private_ca (settled_until, account_id);

-- A CA's states over time, what it is billed from (R-PCA-1, R-PCA-4).
CREATE TABLE private_ca_state_change (
    ca_id VARCHAR(64) NOT NULL,
    seq INT NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    state VARCHAR(24) NOT NULL,
    PRIMARY KEY (ca_id, seq),
    CONSTRAINT fk_ca_state_change_ca FOREIGN KEY (ca_id) REFERENCES private_ca (id)
);

CREATE TABLE private_certificate (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    ca_id VARCHAR(64) NOT NULL,
    account_id VARCHAR(64) NOT NULL,
    state VARCHAR(16) NOT NULL,
    issued_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    deleted_at DATETIME(6),
    settled_until DATETIME(6) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_private_certificate_ca FOREIGN KEY (ca_id) REFERENCES private_ca (id)
);

CREATE INDEX ix_private_certificate_ca ON private_certificate (ca_id, issued_at);

CREATE INDEX ix_private_certificate_settlement ON private_certificate (settled_until, account_id);

-- One row per charged line: the usage of a resource in one whole hour, or the back-bill of a cancelled deletion
-- charged in the hour of its cancellation (A-56). The key makes a re-run, or a second node, charge nothing twice.
CREATE TABLE on_demand_charge (
    resource_id VARCHAR(64) NOT NULL,
    hour_start DATETIME(6) NOT NULL,
    back_bill BOOLEAN NOT NULL,
    account_id VARCHAR(64) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    usage_start DATETIME(6) NOT NULL,
    usage_end DATETIME(6) NOT NULL,
    seconds BIGINT NOT NULL,
    currency CHAR(3) NOT NULL,
    amount DECIMAL(20, 6) NOT NULL,
    rule_id VARCHAR(16) NOT NULL,
    price_version VARCHAR(32) NOT NULL,
    settled_at DATETIME(6) NOT NULL,
    PRIMARY KEY (resource_id, hour_start, back_bill)
);

CREATE INDEX ix_on_demand_charge_account ON on_demand_charge (account_id, hour_start);

-- An account in on-demand arrears since this instant (R-PCA-6): 15 days grace, 15 days frozen, then deletion.
CREATE TABLE on_demand_arrears (
    account_id VARCHAR(64) NOT NULL PRIMARY KEY,
    since DATETIME(6) NOT NULL,
    CONSTRAINT fk_on_demand_arrears_account FOREIGN KEY (account_id) REFERENCES account (id)
);
