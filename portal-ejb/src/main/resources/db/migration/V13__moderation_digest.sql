-- The moderators' daily digest: when each account last got one. The next digest lists what entered the queue since
-- (the last 24 hours for the first), so a restart or a second run the same day mails nothing twice.
ALTER TABLE account
    ADD COLUMN last_digest_at DATETIME(6) NULL;
