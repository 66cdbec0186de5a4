-- Demo data for the admin UI (issue 6): a KMS refund awaiting an operator's review, so the refund review page has
-- something to decide. Re-runnable: an existing row (decided or not) is left alone.
INSERT IGNORE INTO refund (id, subscription_id, account_id, product_code, state, currency, cash, gift, rule_id, no_reason,
                           requested_at, decided_at, decided_by, reason, version)
SELECT 'ref-demo-kms-expiring', s.id, s.account_id, s.product_code, 'REQUESTED', 'CNY', 1998.00, 0.00, 'R-REF-2', FALSE,
       UTC_TIMESTAMP(6) - INTERVAL 1 DAY, NULL, NULL, NULL, 0
FROM subscription s WHERE s.id = 'sub-demo-kms-expiring';
