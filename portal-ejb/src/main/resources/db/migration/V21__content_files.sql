-- Files of the centre's site: a piece's cover image and its attachments (PDF, DOCX, XLSX). The bytes live outside
-- the web root under storage_key (random, unguessable); a row says what they are. The piece's cover is the file
-- content_piece.cover_image_key names; its row has the purpose COVER and is never listed as an attachment.
CREATE TABLE content_file (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    piece_id BIGINT NOT NULL,
    purpose VARCHAR(20) NOT NULL,
    storage_key VARCHAR(60) NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    title VARCHAR(200) NULL,
    media_type VARCHAR(120) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 CHAR(64) NOT NULL,
    width INT NULL,
    height INT NULL,
    position INT NOT NULL DEFAULT 0,
    created_by BIGINT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_content_file_key UNIQUE (storage_key),
    CONSTRAINT fk_content_file_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE,
    CONSTRAINT fk_content_file_created_by FOREIGN KEY (created_by) REFERENCES account (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- a piece's attachments in their order
CREATE INDEX ix_content_file_piece ON content_file (piece_id, purpose, position);

-- public reports: the year a report is filed under on /reports
CREATE TABLE content_report (
    piece_id BIGINT NOT NULL PRIMARY KEY,
    report_year INT NOT NULL,
    CONSTRAINT fk_content_report_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
