-- The centre's own site: pieces editors write and publish (news now; events, projects, practices, information for
-- NGOs, the accountants' club, team and reports later, by kind). The body is HTML already cleaned by the allow-list
-- sanitizer. A piece is public when its state is PUBLISHED or SCHEDULED and publish_at has come.
CREATE TABLE content_piece (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(30) NOT NULL,
    title VARCHAR(200) NOT NULL,
    lead_text VARCHAR(500) NULL,
    body MEDIUMTEXT NULL,
    cover_image_key VARCHAR(200) NULL,
    slug VARCHAR(120) NOT NULL,
    state VARCHAR(20) NOT NULL,
    publish_at DATETIME(6) NULL,
    published_at DATETIME(6) NULL,
    published_by BIGINT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_content_piece_slug UNIQUE (kind, slug),
    CONSTRAINT fk_content_piece_published_by FOREIGN KEY (published_by) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the public lists: one kind, shown states, newest first
CREATE INDEX ix_content_piece_public ON content_piece (kind, state, publish_at);

CREATE TABLE content_tag (
    piece_id BIGINT NOT NULL,
    tag VARCHAR(60) NOT NULL,
    PRIMARY KEY (piece_id, tag),
    CONSTRAINT fk_content_tag_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_content_tag_tag ON content_tag (tag);

-- slugs a piece was once reachable under: a request for one is answered with a permanent redirect
CREATE TABLE content_old_slug (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(30) NOT NULL,
    slug VARCHAR(120) NOT NULL,
    piece_id BIGINT NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_content_old_slug UNIQUE (kind, slug),
    CONSTRAINT fk_content_old_slug_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
