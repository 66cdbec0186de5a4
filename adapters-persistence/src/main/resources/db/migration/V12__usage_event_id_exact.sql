-- A client's event id is compared exactly: 'e-1' and 'E-1' are two events (the server's default collation would
-- have made them one, dropping the second as a resend). The binary collation is also cheaper to index.
ALTER TABLE usage_record MODIFY event_id VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
