-- A citizen's report of an error may be about a service listing: the report names the service (subject_type
-- "service", subject_id its id) and points at it, as well as at the service's organization, whose municipality's
-- moderators read it.
ALTER TABLE citizen_report ADD COLUMN service_id BIGINT NULL;
ALTER TABLE citizen_report
    ADD CONSTRAINT fk_citizen_report_service FOREIGN KEY (service_id) REFERENCES social_service (id);
