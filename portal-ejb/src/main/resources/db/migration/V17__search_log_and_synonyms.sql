-- The service search's own tables. Searches that found nothing, counted per day and normalised query (lower case,
-- ё as е, one space between words) with the filters used (parameter names and codes, never a point, an address or
-- anything about who searched), for the administrators' dashboard.
CREATE TABLE search_zero_result (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    day DATE NOT NULL,
    query_text VARCHAR(200) NOT NULL,
    filters VARCHAR(500) NOT NULL,
    searches BIGINT NOT NULL,
    last_seen_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_search_zero_result UNIQUE (day, query_text, filters)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_search_zero_result_day ON search_zero_result (day);

-- The synonym list administrators edit: one row, one group of synonyms a line ("пенсионер, пожилой, старшего
-- возраста"). Without a row the search uses the list it ships with.
CREATE TABLE search_synonym_list (
    id BIGINT NOT NULL PRIMARY KEY,
    content MEDIUMTEXT NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
