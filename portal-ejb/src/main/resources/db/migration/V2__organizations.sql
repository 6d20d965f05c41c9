-- Members of the directory: NGOs and TOS, each registered in one municipality.
CREATE TABLE organization (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    full_name VARCHAR(500) NOT NULL,
    short_name VARCHAR(200),
    municipality_id BIGINT NOT NULL,
    state VARCHAR(20) NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_organization_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id),
    CONSTRAINT ck_organization_kind CHECK (kind IN ('NGO', 'TOS')),
    CONSTRAINT ck_organization_state CHECK (state IN ('DRAFT', 'PENDING', 'PUBLISHED', 'ARCHIVED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_organization_state_municipality ON organization (state, municipality_id);
