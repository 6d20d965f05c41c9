-- The centre's projects, its team and its about page: the details of those kinds of pieces, each in its own table
-- keyed by the piece; the partner organizations of a project; the project a news item or an event belongs to.

-- a project: who funds it, the grant, its period (dates in Kuzbass), goals and results
CREATE TABLE content_project (
    piece_id BIGINT NOT NULL PRIMARY KEY,
    funder VARCHAR(200) NULL,
    grant_number VARCHAR(60) NULL,
    period_from DATE NULL,
    period_to DATE NULL,
    goals TEXT NULL,
    results TEXT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_content_project_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE,
    CONSTRAINT ck_content_project_period CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- current projects and the archive are told apart by the end of the period
CREATE INDEX ix_content_project_period_to ON content_project (period_to);

-- the project's partners, organizations of the directory
CREATE TABLE content_project_partner (
    piece_id BIGINT NOT NULL,
    organization_id BIGINT NOT NULL,
    PRIMARY KEY (piece_id, organization_id),
    CONSTRAINT fk_content_project_partner_project FOREIGN KEY (piece_id) REFERENCES content_project (piece_id)
        ON DELETE CASCADE,
    CONSTRAINT fk_content_project_partner_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a news item or an event may belong to one project (a piece of kind PROJECT)
ALTER TABLE content_piece ADD COLUMN project_id BIGINT NULL;
ALTER TABLE content_piece ADD CONSTRAINT fk_content_piece_project FOREIGN KEY (project_id) REFERENCES content_piece (id)
    ON DELETE SET NULL;
CREATE INDEX ix_content_piece_project ON content_piece (project_id, kind);

-- a member of the team: position, contacts and the place in the order editors gave (ascending)
CREATE TABLE content_team_member (
    piece_id BIGINT NOT NULL PRIMARY KEY,
    position_title VARCHAR(200) NULL,
    email VARCHAR(254) NULL,
    phone VARCHAR(40) NULL,
    sort_order INT NOT NULL DEFAULT 0,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_content_team_member_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the about page's contacts: address, phone, e-mail, opening hours
CREATE TABLE content_about (
    piece_id BIGINT NOT NULL PRIMARY KEY,
    address VARCHAR(300) NULL,
    phone VARCHAR(40) NULL,
    email VARCHAR(254) NULL,
    hours VARCHAR(300) NULL,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_content_about_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
