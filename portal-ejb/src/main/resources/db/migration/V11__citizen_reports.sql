-- Citizens' reports of errors: anyone, without an account, tells the moderators that something on a public page is
-- wrong. A report is about one subject, named by its type and id ("organization" now; listings later), and points at
-- the organization when there is one. The sender's address is never stored: only its keyed hash (HMAC-SHA-256 with
-- the installation's key, hex), which is enough to count one sender's reports within the last hour.
CREATE TABLE citizen_report (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    subject_type VARCHAR(40) NOT NULL,
    subject_id BIGINT NOT NULL,
    organization_id BIGINT NULL,
    text VARCHAR(2000) NOT NULL,
    contact VARCHAR(200) NULL,
    sender_hash CHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_citizen_report_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the rate limit: how many reports one sender made since a moment
CREATE INDEX ix_citizen_report_sender ON citizen_report (sender_hash, created_at);
CREATE INDEX ix_citizen_report_subject ON citizen_report (subject_type, subject_id);
