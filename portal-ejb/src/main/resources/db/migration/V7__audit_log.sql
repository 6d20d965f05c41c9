-- The audit log: who did what to which item, when, from which address, and what changed (JSON of the changed
-- fields). Append-only: rows are inserted and never changed or removed.
--
-- Why triggers and not only privileges: the portal's database user runs these migrations, so it owns the schema
-- and holds every privilege on it; a REVOKE of UPDATE/DELETE on one table cannot narrow a schema-wide grant in
-- MariaDB, and the embedded test database runs with grant tables skipped, where GRANT/REVOKE fail. The triggers
-- below refuse UPDATE and DELETE for every user, root included, and so are the guarantee. An installation that
-- separates the migrating user from the application's user should also grant the latter table by table, on this
-- table only: GRANT SELECT, INSERT ON portal.audit_entry TO 'portal_app'@'%';
-- (Only DROP/TRUNCATE by the schema's owner remain, as they do for any table.)
CREATE TABLE audit_entry (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    actor_id BIGINT NULL,
    actor_email VARCHAR(254) NULL,
    action VARCHAR(80) NOT NULL,
    item_type VARCHAR(40) NULL,
    item_id BIGINT NULL,
    before_value MEDIUMTEXT NULL,
    after_value MEDIUMTEXT NULL,
    client_address VARCHAR(45) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_item ON audit_entry (item_type, item_id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor_email ON audit_entry (actor_email);

-- Single-statement trigger bodies: no BEGIN ... END, so no DELIMITER is needed by Flyway's parser.
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: UPDATE refused';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: DELETE refused';
