-- How fresh an organization's data is: when it was last confirmed (by an approval, by a representative from the
-- reminder's link, by a moderator), when its representatives were asked to confirm it, and since when it is shown
-- as stale because nobody did. The reminders' one-click links are stored as SHA-256 hashes only.

ALTER TABLE organization
    ADD COLUMN last_verified_at DATETIME(6) NULL,
    ADD COLUMN verification_requested_at DATETIME(6) NULL,
    ADD COLUMN stale_since DATETIME(6) NULL;

-- what is published was verified when it was approved (else, for rows from before the decisions were kept, when
-- it last changed)
UPDATE organization o
LEFT JOIN organization_revision r ON r.id = o.published_revision_id
SET o.last_verified_at = COALESCE(r.decided_at, o.updated_at)
WHERE o.state = 'PUBLISHED';

CREATE INDEX ix_organization_verified ON organization (state, last_verified_at);
CREATE INDEX ix_organization_verification_requested ON organization (state, verification_requested_at);

CREATE TABLE verification_token (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    token_hash CHAR(64) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_verification_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_verification_token_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_verification_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
