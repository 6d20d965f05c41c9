-- Events of the centre's site: what an event piece has beyond the common fields (times in UTC, shown in Kuzbass
-- time), and the visitors registered for it, confirmed or on the waiting list. Registration rows keep personal
-- data (152-FZ consent given); only editors see them.
CREATE TABLE event_details (
    piece_id BIGINT NOT NULL PRIMARY KEY,
    starts_at DATETIME(6) NOT NULL,
    ends_at DATETIME(6) NOT NULL,
    event_format VARCHAR(20) NOT NULL,
    place_name VARCHAR(200) NULL,
    address VARCHAR(300) NULL,
    municipality_code VARCHAR(40) NULL,
    latitude DOUBLE NULL,
    longitude DOUBLE NULL,
    online_link VARCHAR(500) NULL,
    capacity INT NULL,
    registration_open BOOLEAN NOT NULL DEFAULT TRUE,
    registration_deadline DATETIME(6) NULL,
    CONSTRAINT fk_event_details_piece FOREIGN KEY (piece_id) REFERENCES content_piece (id) ON DELETE CASCADE,
    CONSTRAINT fk_event_details_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code),
    CONSTRAINT ck_event_details_format CHECK (event_format IN ('IN_PERSON', 'ONLINE', 'BOTH')),
    CONSTRAINT ck_event_details_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_event_details_capacity CHECK (capacity IS NULL OR capacity >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the lists: upcoming soonest first, past newest first, a month's
CREATE INDEX ix_event_details_starts ON event_details (starts_at);

-- active_email is the address while the registration is active and NULL once cancelled: the unique key then allows
-- one active registration per address per event, and any number of cancelled ones
CREATE TABLE event_registration (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id BIGINT NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    organization VARCHAR(300) NULL,
    email VARCHAR(254) NOT NULL,
    active_email VARCHAR(254) NULL,
    phone VARCHAR(40) NULL,
    language VARCHAR(10) NOT NULL,
    status VARCHAR(20) NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    confirmed_at DATETIME(6) NULL,
    cancelled_at DATETIME(6) NULL,
    consent_at DATETIME(6) NOT NULL,
    cancel_token_hash CHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uq_event_registration_active UNIQUE (event_id, active_email),
    CONSTRAINT uq_event_registration_token UNIQUE (cancel_token_hash),
    CONSTRAINT fk_event_registration_event FOREIGN KEY (event_id) REFERENCES event_details (piece_id) ON DELETE CASCADE,
    CONSTRAINT ck_event_registration_status CHECK (status IN ('CONFIRMED', 'WAITING', 'CANCELLED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_event_registration_queue ON event_registration (event_id, status, registered_at, id);

-- the outbox carries one optional attachment per mail (an event's iCalendar file)
ALTER TABLE outbox_message
    ADD COLUMN attachment_name VARCHAR(100) NULL,
    ADD COLUMN attachment_type VARCHAR(100) NULL,
    ADD COLUMN attachment_content MEDIUMBLOB NULL;
