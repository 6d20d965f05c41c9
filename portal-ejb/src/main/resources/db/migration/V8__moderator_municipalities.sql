-- Who moderates what: the municipalities assigned to a moderator, the regional moderator who has all of them
-- (present and future), and whether a moderator gets the daily digest (an administrator can switch it off).
ALTER TABLE account
    ADD COLUMN regional_moderator BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN digest BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE account_municipality (
    account_id BIGINT NOT NULL,
    municipality_id BIGINT NOT NULL,
    PRIMARY KEY (account_id, municipality_id),
    CONSTRAINT fk_account_municipality_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_account_municipality_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_account_municipality_municipality ON account_municipality (municipality_id);
