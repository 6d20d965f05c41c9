package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A revision waiting for a moderator, as a list of pending items shows it. */
public record PendingRevision(
        long revisionId,
        long organizationId,
        String organizationName,
        String municipalityNameRu,
        String municipalityNameEn,
        boolean firstPublication,
        Instant submittedAt)
        implements Serializable {}
