-- Social service listings (Open Referral HSDS 3.0 service, location/service_at_location, phone, cost_option,
-- required_document, language, service_area), kept in revisions from draft through moderation to the public
-- search as organization profiles are. Schedules are stored as JSON arrays of HSDS schedule objects.

CREATE TABLE social_service (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    organization_id BIGINT NOT NULL,
    name VARCHAR(300) NOT NULL,
    state VARCHAR(20) NOT NULL,
    published_revision_id BIGINT NULL,
    submission_key VARCHAR(36) NULL,
    last_verified_at DATETIME(6) NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_social_service_submission UNIQUE (submission_key),
    CONSTRAINT fk_social_service_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
    CONSTRAINT ck_social_service_state CHECK (state IN ('DRAFT', 'PENDING', 'PUBLISHED', 'ARCHIVED', 'UNPUBLISHED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_social_service_organization ON social_service (organization_id, name);
CREATE INDEX ix_social_service_state ON social_service (state);

CREATE TABLE social_service_revision (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_id BIGINT NOT NULL,
    number INT NOT NULL,
    state VARCHAR(20) NOT NULL,
    name VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    how_to_apply VARCHAR(2000),
    eligibility VARCHAR(2000),
    minimum_age INT,
    maximum_age INT,
    fee VARCHAR(20) NOT NULL,
    fees_description VARCHAR(1000),
    capacity INT,
    free_places INT,
    email VARCHAR(254),
    url VARCHAR(300),
    schedule_json LONGTEXT,
    author_id BIGINT NOT NULL,
    last_editor_id BIGINT,
    submitted_at DATETIME(6),
    decided_by_id BIGINT,
    decided_at DATETIME(6),
    decision_reason VARCHAR(2000),
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_revision_number UNIQUE (service_id, number),
    CONSTRAINT fk_service_revision_service FOREIGN KEY (service_id) REFERENCES social_service (id),
    CONSTRAINT fk_service_revision_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_service_revision_last_editor FOREIGN KEY (last_editor_id) REFERENCES account (id),
    CONSTRAINT fk_service_revision_decided_by FOREIGN KEY (decided_by_id) REFERENCES account (id),
    CONSTRAINT ck_service_revision_state
        CHECK (state IN ('DRAFT', 'PENDING', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED', 'SUPERSEDED')),
    CONSTRAINT ck_service_revision_fee CHECK (fee IN ('FREE', 'PAID', 'PARTLY_PAID')),
    CONSTRAINT ck_service_revision_ages CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_service_revision_state ON social_service_revision (state, submitted_at);

ALTER TABLE social_service
    ADD CONSTRAINT fk_social_service_published_revision
        FOREIGN KEY (published_revision_id) REFERENCES social_service_revision (id);

CREATE TABLE social_service_location (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id BIGINT NOT NULL,
    position INT,
    name VARCHAR(200),
    address VARCHAR(500) NOT NULL,
    municipality_id BIGINT NOT NULL,
    latitude DOUBLE,
    longitude DOUBLE,
    wheelchair_accessible BOOLEAN NOT NULL DEFAULT FALSE,
    accessibility VARCHAR(1000),
    transportation VARCHAR(500),
    schedule_json LONGTEXT,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_service_location_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id),
    CONSTRAINT fk_service_location_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_service_location_point CHECK ((latitude IS NULL) = (longitude IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_service_location_revision ON social_service_location (revision_id, position);

CREATE TABLE social_service_revision_form (
    revision_id BIGINT NOT NULL,
    form_id BIGINT NOT NULL,
    PRIMARY KEY (revision_id, form_id),
    CONSTRAINT fk_service_form_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id),
    CONSTRAINT fk_service_form_form FOREIGN KEY (form_id) REFERENCES social_service_form (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_revision_type (
    revision_id BIGINT NOT NULL,
    type_id BIGINT NOT NULL,
    PRIMARY KEY (revision_id, type_id),
    CONSTRAINT fk_service_type_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id),
    CONSTRAINT fk_service_type_type FOREIGN KEY (type_id) REFERENCES social_service_type (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_revision_category (
    revision_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    PRIMARY KEY (revision_id, category_id),
    CONSTRAINT fk_service_category_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id),
    CONSTRAINT fk_service_category_category FOREIGN KEY (category_id) REFERENCES recipient_category (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_revision_area (
    revision_id BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (revision_id, municipality_id),
    CONSTRAINT fk_service_area_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id),
    CONSTRAINT fk_service_area_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_revision_language (
    revision_id BIGINT NOT NULL,
    code VARCHAR(10) NOT NULL,
    PRIMARY KEY (revision_id, code),
    CONSTRAINT fk_service_language_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_revision_document (
    revision_id BIGINT NOT NULL,
    position INT,
    document VARCHAR(300) NOT NULL,
    INDEX ix_service_document_revision (revision_id, position),
    CONSTRAINT fk_service_document_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_revision_phone (
    revision_id BIGINT NOT NULL,
    position INT,
    number VARCHAR(40) NOT NULL,
    description VARCHAR(200),
    INDEX ix_service_phone_revision (revision_id, position),
    CONSTRAINT fk_service_phone_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE social_service_revision_cost (
    revision_id BIGINT NOT NULL,
    position INT,
    option_text VARCHAR(300) NOT NULL,
    amount DECIMAL(9, 2),
    INDEX ix_service_cost_revision (revision_id, position),
    CONSTRAINT fk_service_cost_revision FOREIGN KEY (revision_id) REFERENCES social_service_revision (id),
    CONSTRAINT ck_service_cost_amount CHECK (amount IS NULL OR amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
