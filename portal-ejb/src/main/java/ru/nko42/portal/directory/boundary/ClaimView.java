package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.time.Instant;
import ru.nko42.portal.model.directory.ClaimState;

/** A request to represent an organization, as its representatives and the claimant see it. */
public record ClaimView(
        long id,
        long organizationId,
        String organizationName,
        String claimantName,
        String claimantEmail,
        String message,
        ClaimState state,
        Instant createdAt,
        String reason)
        implements Serializable {}
