-- Open data (HSDS 3.0) identifies organizations, services and their places by UUIDs that other systems keep:
-- assigned once (a new record's own, or the id of the record an import brought) and never changed. A place keeps
-- its UUID from one revision of its service to the next, so it is unique per revision, not per table.
-- Rows inserted without one (by SQL of its own, as the benchmark's loader) get a fresh UUID from the default.
ALTER TABLE organization ADD COLUMN hsds_id CHAR(36) NOT NULL DEFAULT (UUID());
ALTER TABLE organization ADD CONSTRAINT uk_organization_hsds_id UNIQUE (hsds_id);

ALTER TABLE social_service ADD COLUMN hsds_id CHAR(36) NOT NULL DEFAULT (UUID());
ALTER TABLE social_service ADD CONSTRAINT uk_social_service_hsds_id UNIQUE (hsds_id);

ALTER TABLE social_service_location ADD COLUMN hsds_id CHAR(36) NOT NULL DEFAULT (UUID());
ALTER TABLE social_service_location
    ADD CONSTRAINT uk_social_service_location_hsds_id UNIQUE (revision_id, hsds_id);
