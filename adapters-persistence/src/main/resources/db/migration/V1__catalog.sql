-- The product catalogue as data: products, regions, region classes, editions, price items and the
-- versioned price book (R-SUB-8). Charge models are a closed set (see domain ChargeModel).

CREATE TABLE product (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name VARCHAR(128) NOT NULL
);

CREATE TABLE region (
    code VARCHAR(32) NOT NULL PRIMARY KEY,
    name VARCHAR(128) NOT NULL,
    cloud_type VARCHAR(16) NOT NULL
);

CREATE TABLE region_class (
    scheme VARCHAR(32) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    class_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (scheme, region_code),
    CONSTRAINT fk_region_class_region FOREIGN KEY (region_code) REFERENCES region (code)
);

CREATE TABLE price_item (
    code VARCHAR(64) NOT NULL PRIMARY KEY,
    product_code VARCHAR(32) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    region_scheme VARCHAR(32) NOT NULL,
    name VARCHAR(128) NOT NULL,
    CONSTRAINT fk_price_item_product FOREIGN KEY (product_code) REFERENCES product (code)
);

CREATE TABLE price_item_capacity (
    item_code VARCHAR(64) NOT NULL,
    capacity VARCHAR(32) NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (item_code, capacity),
    CONSTRAINT fk_capacity_item FOREIGN KEY (item_code) REFERENCES price_item (code)
);

CREATE TABLE edition (
    product_code VARCHAR(32) NOT NULL,
    code VARCHAR(64) NOT NULL,
    name VARCHAR(128) NOT NULL,
    billing_mode VARCHAR(16) NOT NULL,
    on_sale BOOLEAN NOT NULL,
    fee_item VARCHAR(64),
    PRIMARY KEY (product_code, code),
    CONSTRAINT fk_edition_product FOREIGN KEY (product_code) REFERENCES product (code),
    CONSTRAINT fk_edition_fee_item FOREIGN KEY (fee_item) REFERENCES price_item (code)
);

-- The add-ons an edition allows and the meters it is billed by.
CREATE TABLE edition_item (
    product_code VARCHAR(32) NOT NULL,
    edition_code VARCHAR(64) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    role VARCHAR(16) NOT NULL,
    PRIMARY KEY (product_code, edition_code, item_code),
    CONSTRAINT fk_edition_item_edition FOREIGN KEY (product_code, edition_code) REFERENCES edition (product_code, code),
    CONSTRAINT fk_edition_item_item FOREIGN KEY (item_code) REFERENCES price_item (code)
);

CREATE TABLE price_book_version (
    id VARCHAR(32) NOT NULL PRIMARY KEY,
    effective_from DATETIME(6) NOT NULL,
    description VARCHAR(255) NOT NULL,
    created_at DATETIME(6) NOT NULL
);

-- One charge model per item and region class in a version. charge_model is FLAT, PER_UNIT,
-- PER_UNIT_PER_DAY or GRADUATED; a non-null allowance_amount wraps it in a free allowance.
CREATE TABLE price (
    version_id VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    region_class VARCHAR(32) NOT NULL,
    charge_model VARCHAR(16) NOT NULL,
    unit_price DECIMAL(18, 6),
    discount DECIMAL(7, 6),
    unit VARCHAR(16),
    per_amount DECIMAL(30, 6),
    minimum_amount DECIMAL(30, 6),
    day_basis VARCHAR(8),
    allowance_amount DECIMAL(30, 6),
    allowance_unit VARCHAR(16),
    PRIMARY KEY (version_id, item_code, region_class),
    CONSTRAINT fk_price_version FOREIGN KEY (version_id) REFERENCES price_book_version (id),
    CONSTRAINT fk_price_item FOREIGN KEY (item_code) REFERENCES price_item (code)
);

CREATE TABLE price_tier (
    version_id VARCHAR(32) NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    region_class VARCHAR(32) NOT NULL,
    tier_no INT NOT NULL,
    up_to DECIMAL(30, 6),
    unit_price DECIMAL(18, 6) NOT NULL,
    PRIMARY KEY (version_id, item_code, region_class, tier_no),
    CONSTRAINT fk_tier_price FOREIGN KEY (version_id, item_code, region_class) REFERENCES price (version_id, item_code, region_class)
);
