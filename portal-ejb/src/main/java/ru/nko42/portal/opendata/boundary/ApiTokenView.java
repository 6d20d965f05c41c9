package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;
import java.time.Instant;

/** An API token as the tokens page lists it: never the token itself. */
public record ApiTokenView(
        long id, String name, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
        implements Serializable {

    public boolean revoked() {
        return revokedAt != null;
    }
}
