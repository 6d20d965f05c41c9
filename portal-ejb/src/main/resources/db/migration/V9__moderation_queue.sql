-- The moderation queue: one row per thing waiting for a moderator (a submitted profile revision, a claim, and the
-- kinds added later), claimed by one moderator at a time and decided once. A revision can be sent back for changes;
-- a published organization can be unpublished as well as archived.

CREATE TABLE moderation_item (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(40) NOT NULL,
    subject_id BIGINT NOT NULL,
    organization_id BIGINT NULL,
    municipality_id BIGINT NULL,
    title VARCHAR(500) NOT NULL,
    state VARCHAR(20) NOT NULL,
    submitted_at DATETIME(6) NOT NULL,
    claimed_by_id BIGINT NULL,
    claimed_until DATETIME(6) NULL,
    decision VARCHAR(20) NULL,
    decided_by_id BIGINT NULL,
    decided_at DATETIME(6) NULL,
    decision_reason VARCHAR(2000) NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_moderation_item_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_moderation_item_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_moderation_item_claimed_by FOREIGN KEY (claimed_by_id) REFERENCES account (id),
    CONSTRAINT fk_moderation_item_decided_by FOREIGN KEY (decided_by_id) REFERENCES account (id),
    CONSTRAINT ck_moderation_item_state CHECK (state IN ('OPEN', 'DECIDED', 'WITHDRAWN')),
    CONSTRAINT ck_moderation_item_decision CHECK (decision IN ('APPROVED', 'REJECTED', 'CHANGES_REQUESTED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_moderation_item_open ON moderation_item (state, submitted_at);
CREATE INDEX ix_moderation_item_subject ON moderation_item (kind, subject_id);
CREATE INDEX ix_moderation_item_decided ON moderation_item (decided_at);

ALTER TABLE organization_revision DROP CONSTRAINT ck_revision_state;
ALTER TABLE organization_revision ADD CONSTRAINT ck_revision_state
    CHECK (state IN ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'SUPERSEDED', 'CHANGES_REQUESTED'));

ALTER TABLE organization DROP CONSTRAINT ck_organization_state;
ALTER TABLE organization ADD CONSTRAINT ck_organization_state
    CHECK (state IN ('DRAFT', 'PENDING', 'PUBLISHED', 'ARCHIVED', 'UNPUBLISHED'));

-- what waits already enters the queue
INSERT INTO moderation_item (kind, subject_id, organization_id, municipality_id, title, state, submitted_at)
SELECT 'profile', r.id, r.organization_id, r.municipality_id, COALESCE(NULLIF(r.short_name, ''), r.full_name), 'OPEN',
       COALESCE(r.submitted_at, r.updated_at)
FROM organization_revision r
WHERE r.state = 'PENDING';

INSERT INTO moderation_item (kind, subject_id, organization_id, municipality_id, title, state, submitted_at)
SELECT 'claim', c.id, c.organization_id, o.municipality_id, COALESCE(NULLIF(o.short_name, ''), o.full_name), 'OPEN',
       c.created_at
FROM organization_claim c
JOIN organization o ON o.id = c.organization_id
WHERE c.state = 'PENDING';
