package ru.nko42.portal.report.boundary;

import java.time.Instant;

/**
 * A report as a moderator reads it. {@code profilePath} is the public profile's address, or null when the
 * organization is no longer published.
 */
public record ReportView(
        long id,
        String subjectType,
        long subjectId,
        long organizationId,
        String organizationName,
        String profilePath,
        String text,
        String contact,
        Instant sentAt) {}
