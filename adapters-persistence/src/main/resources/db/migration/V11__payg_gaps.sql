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
