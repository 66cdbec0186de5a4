-- Demo certificates (profile demo only), dated relative to the moment the database is first created.
-- Re-runnable: existing rows are left alone.
-- Acme: an issued GeoTrust OV certificate expiring in 20 days with auto-renew (the SSL pass renews it), one paid an hour
-- ago still pending application (refundable for 7 × 24 h), and an active root CA with an issued private certificate,
-- settled up to three days ago (the next settlement charges the hours since).

INSERT IGNORE INTO ssl_certificate (id, account_id, spec_code, brand, validation_type, domain_type, domain_count, years, source,
                                    state, paid_at, issued_at, expires_at, revoked_at, auto_renew, renewal_of,
                                    renewal_of_expires_at, renewal_entry, renewal_identical, renewed_by, currency, cash, gift,
                                    voucher, price_version, version) VALUES
    ('ssl-demo-expiring', 'acc-demo-acme', 'geotrust-ov-single', 'GeoTrust', 'OV', 'SINGLE', 1, 1, 'PAID', 'ISSUED',
        UTC_TIMESTAMP(6) - INTERVAL 347 DAY, UTC_TIMESTAMP(6) - INTERVAL 345 DAY, UTC_TIMESTAMP(6) + INTERVAL 20 DAY, NULL,
        TRUE, NULL, NULL, NULL, NULL, NULL, 'CNY', 2980.00, 0.00, 0.00, '2019-01', 0),
    ('ssl-demo-pending', 'acc-demo-acme', 'digicert-dv-wildcard', 'DigiCert', 'DV', 'WILDCARD', 1, 1, 'PAID',
        'PENDING_APPLICATION', UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, NULL, NULL, NULL, FALSE, NULL, NULL, NULL, NULL, NULL,
        'CNY', 6400.00, 0.00, 0.00, '2019-01', 0);

INSERT IGNORE INTO private_ca (id, account_id, kind, parent_id, state, valid_until, deletion_due_at, created_at, ended_at,
                               settled_until, version) VALUES
    ('pca-demo-root', 'acc-demo-acme', 'ROOT', NULL, 'ACTIVE', UTC_TIMESTAMP(6) + INTERVAL 3650 DAY, NULL,
        UTC_TIMESTAMP(6) - INTERVAL 3 DAY, NULL, DATE_FORMAT(UTC_TIMESTAMP() - INTERVAL 3 DAY, '%Y-%m-%d %H:00:00'), 0);

INSERT IGNORE INTO private_ca_state_change (ca_id, seq, changed_at, state)
SELECT c.id, 0, c.created_at, 'PENDING_ACTIVATION' FROM private_ca c WHERE c.id = 'pca-demo-root'
UNION ALL
SELECT c.id, 1, c.created_at + INTERVAL 10 MINUTE, 'ACTIVE' FROM private_ca c WHERE c.id = 'pca-demo-root';

INSERT IGNORE INTO private_certificate (id, ca_id, account_id, state, issued_at, revoked_at, deleted_at, settled_until, version)
SELECT 'pcert-demo-1', c.id, c.account_id, 'ISSUED', c.created_at + INTERVAL 1 HOUR, NULL, NULL, c.settled_until, 0
FROM private_ca c WHERE c.id = 'pca-demo-root';
