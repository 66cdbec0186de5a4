-- Resources in use under a prepaid subscription, per capacity (R-SSM-3 secrets, R-KMS-1 keys).

CREATE TABLE capacity_use (
    subscription_id VARCHAR(64) NOT NULL,
    capacity VARCHAR(32) NOT NULL,
    in_use BIGINT NOT NULL,
    PRIMARY KEY (subscription_id, capacity),
    CONSTRAINT fk_capacity_use_subscription FOREIGN KEY (subscription_id) REFERENCES subscription (id)
);
