-- Pay-as-you-go demo data (profile demo only), dated relative to the moment the database is first created:
-- Acme uses the API gateway (opened 200 days ago, so in its free tier) and KMS keys; Globex is an SSM legacy
-- customer with secrets in several states; Acme has a call pack, a monthly budget and a balance alert.
-- Re-runnable: existing rows are left alone.

INSERT IGNORE INTO payg_service (account_id, product_code, opened_at, state, arrears_since, released_at, version) VALUES
    ('acc-demo-acme', 'apigw', UTC_TIMESTAMP(6) - INTERVAL 200 DAY, 'NORMAL', NULL, NULL, 0),
    ('acc-demo-acme', 'kms', UTC_TIMESTAMP(6) - INTERVAL 90 DAY, 'NORMAL', NULL, NULL, 0),
    ('acc-demo-globex', 'ssm', UTC_TIMESTAMP(6) - INTERVAL 400 DAY, 'NORMAL', NULL, NULL, 0);

INSERT IGNORE INTO payg_resource (id, account_id, kind, product_code, region_code, meter, state, created_at, ended_at, version) VALUES
    ('res-demo-secret-1', 'acc-demo-globex', 'SECRET', 'ssm', 'ap-guangzhou', 'ssm.secret', 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 60 DAY, NULL, 0),
    ('res-demo-secret-2', 'acc-demo-globex', 'SECRET', 'ssm', 'ap-guangzhou', 'ssm.secret', 'DISABLED', UTC_TIMESTAMP(6) - INTERVAL 60 DAY, NULL, 1),
    ('res-demo-secret-3', 'acc-demo-globex', 'SECRET', 'ssm', 'ap-singapore', 'ssm.secret', 'PENDING_DELETION', UTC_TIMESTAMP(6) - INTERVAL 20 DAY, NULL, 1),
    ('res-demo-cmk-1', 'acc-demo-acme', 'CUSTOMER_KEY', 'kms', 'ap-shanghai', 'kms.customer-key', 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 30 DAY, NULL, 0),
    ('res-demo-svc-key-1', 'acc-demo-acme', 'SERVICE_KEY', 'kms', 'ap-shanghai', 'kms.service-key', 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 30 DAY, NULL, 0);

INSERT IGNORE INTO resource_state_change (resource_id, seq, state, changed_at) VALUES
    ('res-demo-secret-1', 0, 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 60 DAY),
    ('res-demo-secret-2', 0, 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 60 DAY),
    ('res-demo-secret-2', 1, 'DISABLED', UTC_TIMESTAMP(6) - INTERVAL 10 DAY),
    ('res-demo-secret-3', 0, 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 20 DAY),
    ('res-demo-secret-3', 1, 'PENDING_DELETION', UTC_TIMESTAMP(6) - INTERVAL 2 DAY),
    ('res-demo-cmk-1', 0, 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 30 DAY),
    ('res-demo-svc-key-1', 0, 'ENABLED', UTC_TIMESTAMP(6) - INTERVAL 30 DAY);

INSERT IGNORE INTO resource_pack (id, account_id, kind, source, item_code, unit, total, used, effective_at, expires_at, state, currency,
                                  cash, gift, voucher, price_version, version) VALUES
    ('pack-demo-acme-5m', 'acc-demo-acme', 'CALLS', 'PURCHASE', 'apigw.call-pack-5m', 'CALL', 5000000, 0,
        UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6) + INTERVAL 27 DAY, 'ACTIVE', 'CNY', 25.50, 0.00, 0.00, '2019-01', 0);

INSERT IGNORE INTO budget (id, account_id, name, period, amount, currency, product_code, region_code, created_at) VALUES
    ('bud-demo-acme-apigw', 'acc-demo-acme', 'API gateway monthly', 'MONTH', 20000.00, 'CNY', 'apigw', NULL, UTC_TIMESTAMP(6) - INTERVAL 3 DAY);

INSERT IGNORE INTO budget_threshold (budget_id, seq, percent, basis) VALUES
    ('bud-demo-acme-apigw', 0, 80, 'FORECAST'),
    ('bud-demo-acme-apigw', 1, 100, 'ACTUAL');

INSERT IGNORE INTO balance_alert (account_id, currency, threshold, below, crossings) VALUES
    ('acc-demo-acme', 'CNY', 1000.00, FALSE, 0);
