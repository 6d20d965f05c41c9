package ru.nko42.portal.report.boundary;

import java.time.Instant;

/**
 * A report as a moderator reads it. {@code profilePath} is the public profile's address, or null when the
 * organization is no longer published. A report about a service names it ({@code serviceName}) and links its
 * public page ({@code servicePath}, null when it is no longer public); both are null for a report about a profile.
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
        Instant sentAt,
        String serviceName,
        String servicePath) {}
