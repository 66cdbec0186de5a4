-- Demo data for the embedded database (profile demo only): accounts with contacts and balances, and
-- subscriptions in every lifecycle state, dated relative to the moment the database is first created.
-- Re-runnable: existing rows are left alone.

INSERT IGNORE INTO account (id, name, currency, cash, gift, version, created_at) VALUES
    ('acc-demo-acme', 'Acme Trading Co.', 'CNY', 52000.00, 3000.00, 0, UTC_TIMESTAMP(6) - INTERVAL 200 DAY),
    ('acc-demo-globex', 'Globex Security Ltd.', 'CNY', 1200.00, 0.00, 0, UTC_TIMESTAMP(6) - INTERVAL 120 DAY),
    ('acc-demo-initech', 'Initech Cloud', 'CNY', 0.00, 500.00, 0, UTC_TIMESTAMP(6) - INTERVAL 60 DAY);

INSERT IGNORE INTO contact (account_id, seq, name, email, phone, roles, language) VALUES
    ('acc-demo-acme', 0, 'Li Wei', 'li.wei@acme.example', '+8613800138000', 'CREATOR', 'zh'),
    ('acc-demo-acme', 1, 'Zhang Min', 'zhang.min@acme.example', '+8613800138001', 'GLOBAL_RESOURCE', 'zh'),
    ('acc-demo-acme', 2, 'Wang Fang', 'wang.fang@acme.example', '+8613800138002', 'FINANCE', 'zh'),
    ('acc-demo-acme', 3, 'Sam Taylor', 'sam.taylor@acme.example', '+8613800138003', 'TECHNICAL', 'en'),
    ('acc-demo-globex', 0, 'Hank Scorpio', 'hank@globex.example', '+8613900139000', 'CREATOR', 'en'),
    ('acc-demo-globex', 1, 'Chen Jing', 'chen.jing@globex.example', '+8613900139001', 'FINANCE', 'zh'),
    ('acc-demo-initech', 0, 'Peter Gibbons', 'peter@initech.example', '+8613700137000', 'CREATOR', 'en');

INSERT IGNORE INTO subscription (id, account_id, product_code, edition_code, region_code, add_ons, state, purchased_at,
                                 ends_at, suspended_at, isolated_at, auto_renew, auto_renew_months, version) VALUES
    ('sub-demo-ssm-active', 'acc-demo-acme', 'ssm', 'enterprise', 'ap-guangzhou', 'ssm.secret-pack=2', 'ACTIVE',
        UTC_TIMESTAMP(6) - INTERVAL 5 DAY, UTC_TIMESTAMP(6) + INTERVAL 25 DAY, NULL, NULL, TRUE, 1, 0),
    ('sub-demo-kms-expiring', 'acc-demo-acme', 'kms', 'basic', 'ap-shanghai', '', 'ACTIVE',
        UTC_TIMESTAMP(6) - INTERVAL 25 DAY, UTC_TIMESTAMP(6) + INTERVAL 5 DAY, NULL, NULL, FALSE, 1, 0),
    ('sub-demo-apigw-expired', 'acc-demo-globex', 'apigw', 'dedicated-basic', 'ap-beijing', '', 'ACTIVE',
        UTC_TIMESTAMP(6) - INTERVAL 31 DAY, UTC_TIMESTAMP(6) - INTERVAL 2 HOUR, NULL, NULL, TRUE, 1, 0),
    ('sub-demo-ssm-suspended', 'acc-demo-globex', 'ssm', 'enterprise', 'ap-singapore', '', 'SUSPENDED',
        UTC_TIMESTAMP(6) - INTERVAL 35 DAY, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, NULL, FALSE, 1, 0),
    ('sub-demo-kms-released', 'acc-demo-initech', 'kms', 'basic', 'ap-guangzhou', '', 'RELEASED',
        UTC_TIMESTAMP(6) - INTERVAL 50 DAY, UTC_TIMESTAMP(6) - INTERVAL 19 DAY, UTC_TIMESTAMP(6) - INTERVAL 18 DAY, NULL, FALSE, 1, 0),
    ('sub-demo-apigw-isolated', 'acc-demo-acme', 'apigw', 'dedicated-professional', 'ap-guangzhou', '', 'ISOLATED',
        UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6) + INTERVAL 27 DAY, NULL, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, FALSE, 1, 0),
    ('sub-demo-kms-refunded', 'acc-demo-initech', 'kms', 'basic', 'ap-beijing', '', 'REFUNDED',
        UTC_TIMESTAMP(6) - INTERVAL 40 DAY, UTC_TIMESTAMP(6) + INTERVAL 20 DAY, NULL, NULL, FALSE, 1, 0),
    ('sub-demo-apigw-destroyed', 'acc-demo-initech', 'apigw', 'dedicated-basic', 'ap-guangzhou', '', 'DESTROYED',
        UTC_TIMESTAMP(6) - INTERVAL 30 DAY, UTC_TIMESTAMP(6) + INTERVAL 1 DAY, NULL, UTC_TIMESTAMP(6) - INTERVAL 28 DAY, FALSE, 1, 0);

INSERT IGNORE INTO subscription_order (id, subscription_id, kind, months, term_start, term_end, currency, list_price, payable,
                                       cash, gift, voucher, price_version, placed_at)
SELECT CONCAT('ord-', s.id), s.id, 'NEW', 1, s.purchased_at, s.ends_at, 'CNY', p.list_price, p.payable, p.payable, 0, 0,
       '2022-03-24', s.purchased_at
FROM subscription s
JOIN (SELECT 'sub-demo-ssm-active' AS id, 2997.00 AS list_price, 2997.00 AS payable
      UNION ALL SELECT 'sub-demo-kms-expiring', 2499.00, 2499.00
      UNION ALL SELECT 'sub-demo-apigw-expired', 3680.00, 3680.00
      UNION ALL SELECT 'sub-demo-ssm-suspended', 3699.00, 3699.00
      UNION ALL SELECT 'sub-demo-kms-released', 2499.00, 2499.00
      UNION ALL SELECT 'sub-demo-apigw-isolated', 9980.00, 7285.40
      UNION ALL SELECT 'sub-demo-kms-refunded', 2499.00, 2499.00
      UNION ALL SELECT 'sub-demo-apigw-destroyed', 3680.00, 3680.00) p ON p.id = s.id;

INSERT INTO ledger_entry (account_id, subscription_id, kind, currency, cash, gift, voucher, rule_id, price_version, recorded_at)
SELECT a.id, NULL, 'TOP_UP', 'CNY', a.cash + 20000.00, 0, 0, 'R-ACC-1', NULL, a.created_at
FROM account a
WHERE a.id LIKE 'acc-demo-%' AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.account_id = a.id);

INSERT INTO ledger_entry (account_id, subscription_id, kind, currency, cash, gift, voucher, rule_id, price_version, recorded_at)
SELECT s.account_id, o.subscription_id, 'PURCHASE', 'CNY', -o.cash, 0, 0, 'R-SUB-1', o.price_version, o.placed_at
FROM subscription_order o
JOIN subscription s ON s.id = o.subscription_id
WHERE o.id LIKE 'ord-sub-demo-%'
  AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE l.subscription_id = o.subscription_id);

-- Pay-as-you-go usage: Acme's shared API gateway over the last three days, hourly, in two regions.
INSERT IGNORE INTO usage_record (account_id, event_id, product_code, region_code, meter, quantity, unit, occurred_at, received_at)
WITH RECURSIVE hours (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM hours WHERE n < 72)
SELECT 'acc-demo-acme', CONCAT('demo-', h.n, '-', m.meter, '-', m.region), 'apigw', m.region, m.meter,
       m.quantity + 1000 * MOD(h.n * 37, 11), m.unit,
       UTC_TIMESTAMP(6) - INTERVAL h.n HOUR, UTC_TIMESTAMP(6) - INTERVAL h.n HOUR + INTERVAL 5 MINUTE
FROM hours h
CROSS JOIN (SELECT 'apigw.api-call' AS meter, 'ap-guangzhou' AS region, 52000 AS quantity, 'CALL' AS unit
            UNION ALL SELECT 'apigw.traffic', 'ap-guangzhou', 180000000, 'BYTE'
            UNION ALL SELECT 'apigw.api-call', 'ap-hongkong', 8000, 'CALL') m;
