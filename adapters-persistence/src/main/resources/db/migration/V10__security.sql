-- Operators of the admin API and web UI (issue 6). Passwords are stored as Spring Security's delegating
-- hashes ("{bcrypt}$2a$..."), so the algorithm can change without a migration.
CREATE TABLE operator (
    username VARCHAR(64) NOT NULL PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    enabled BOOLEAN NOT NULL,
    created_at DATETIME(6) NOT NULL
);

-- Every operator action: who, when (platform time and real time), what (action and target) and why.
-- Written in the same transaction as the action it records; never updated or deleted.
CREATE TABLE audit_log (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    operator VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    target VARCHAR(128) NOT NULL,
    details VARCHAR(2000) NOT NULL,
    reason VARCHAR(500) NOT NULL,
    recorded_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_audit_log_target ON audit_log (target, id);
