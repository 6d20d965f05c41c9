package ru.nko42.portal.moderation.boundary;

import java.time.Instant;

/** One waiting item as the queue lists it; {@code claimedBy} is set while someone's claim runs. */
public record QueueRow(
        long id,
        String kind,
        long subjectId,
        String title,
        String municipalityRu,
        String municipalityEn,
        Instant submittedAt,
        String claimedBy,
        Instant claimedUntil,
        boolean claimedByMe) {}
