-- Organization profiles: revisions from draft through moderation to publication (all kept), representatives,
-- their invitations, and claims of an organization registered already.

ALTER TABLE organization
    ADD COLUMN inn VARCHAR(12) NULL,
    ADD COLUMN ogrn VARCHAR(15) NULL,
    ADD COLUMN slug VARCHAR(120) NULL,
    ADD COLUMN published_revision_id BIGINT NULL,
    ADD COLUMN submission_key VARCHAR(36) NULL,
    ADD CONSTRAINT uk_organization_submission UNIQUE (submission_key),
    ADD CONSTRAINT uk_organization_inn UNIQUE (inn),
    ADD CONSTRAINT uk_organization_ogrn UNIQUE (ogrn);

CREATE INDEX ix_organization_state_name ON organization (state, full_name);

CREATE TABLE organization_revision (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    number INT NOT NULL,
    state VARCHAR(20) NOT NULL,
    kind VARCHAR(10) NOT NULL,
    full_name VARCHAR(500) NOT NULL,
    short_name VARCHAR(200),
    inn VARCHAR(12),
    ogrn VARCHAR(15),
    kpp VARCHAR(9),
    legal_form_id BIGINT,
    municipality_id BIGINT NOT NULL,
    postal_address VARCHAR(500),
    latitude DOUBLE,
    longitude DOUBLE,
    phone VARCHAR(40),
    email VARCHAR(254),
    website VARCHAR(300),
    vk_link VARCHAR(300),
    telegram_link VARCHAR(300),
    ok_link VARCHAR(300),
    head_name VARCHAR(200),
    description TEXT,
    year_founded INT,
    tos_territory TEXT,
    tos_residents INT,
    tos_founding_meeting DATE,
    tos_legal_entity BOOLEAN NOT NULL DEFAULT FALSE,
    tos_chairman VARCHAR(200),
    logo_key VARCHAR(80),
    author_id BIGINT NOT NULL,
    last_editor_id BIGINT,
    submitted_at DATETIME(6),
    decided_by_id BIGINT,
    decided_at DATETIME(6),
    decision_reason VARCHAR(2000),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_organization_revision_number UNIQUE (organization_id, number),
    CONSTRAINT fk_revision_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_revision_legal_form FOREIGN KEY (legal_form_id) REFERENCES legal_form (id),
    CONSTRAINT fk_revision_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT fk_revision_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_revision_last_editor FOREIGN KEY (last_editor_id) REFERENCES account (id),
    CONSTRAINT fk_revision_decided_by FOREIGN KEY (decided_by_id) REFERENCES account (id),
    CONSTRAINT ck_revision_state CHECK (state IN ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED', 'SUPERSEDED')),
    CONSTRAINT ck_revision_kind CHECK (kind IN ('NGO', 'TOS'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_revision_state_submitted ON organization_revision (state, submitted_at);

ALTER TABLE organization
    ADD CONSTRAINT fk_organization_published_revision
        FOREIGN KEY (published_revision_id) REFERENCES organization_revision (id);

CREATE TABLE organization_revision_activity_area (
    revision_id BIGINT NOT NULL,
    activity_area_id BIGINT NOT NULL,
    PRIMARY KEY (revision_id, activity_area_id),
    CONSTRAINT fk_revision_area_revision FOREIGN KEY (revision_id) REFERENCES organization_revision (id),
    CONSTRAINT fk_revision_area_area FOREIGN KEY (activity_area_id) REFERENCES activity_area (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organization_revision_target_group (
    revision_id BIGINT NOT NULL,
    target_group_id BIGINT NOT NULL,
    PRIMARY KEY (revision_id, target_group_id),
    CONSTRAINT fk_revision_group_revision FOREIGN KEY (revision_id) REFERENCES organization_revision (id),
    CONSTRAINT fk_revision_group_group FOREIGN KEY (target_group_id) REFERENCES target_group (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organization_representative (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_representative UNIQUE (organization_id, account_id),
    CONSTRAINT fk_representative_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_representative_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE representative_invitation (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    email VARCHAR(254) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    invited_by_id BIGINT NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    accepted_at DATETIME(6),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_invitation_invited_by FOREIGN KEY (invited_by_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organization_claim (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    claimant_id BIGINT NOT NULL,
    message VARCHAR(2000),
    state VARCHAR(20) NOT NULL,
    decided_by_id BIGINT,
    decided_at DATETIME(6),
    decision_reason VARCHAR(2000),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_claim_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT fk_claim_claimant FOREIGN KEY (claimant_id) REFERENCES account (id),
    CONSTRAINT fk_claim_decided_by FOREIGN KEY (decided_by_id) REFERENCES account (id),
    CONSTRAINT ck_claim_state CHECK (state IN ('PENDING', 'ACCEPTED', 'DECLINED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_claim_state ON organization_claim (state, created_at);
