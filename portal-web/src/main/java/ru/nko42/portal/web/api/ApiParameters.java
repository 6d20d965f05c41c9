package ru.nko42.portal.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import ru.nko42.portal.opendata.boundary.HsdsIdText;
import ru.nko42.portal.opendata.boundary.Paging;
import ru.nko42.portal.opendata.boundary.Proximity;

/**
 * Reads the query parameters of the open data API as the texts they arrive as, so that a malformed one is answered
 * with a 400 that names it ({@link BadParameterException}) rather than the 404 JAX-RS gives a query parameter it
 * cannot convert.
 */
final class ApiParameters {

    private ApiParameters() {}

    static Paging paging(String page, String perPage) {
        int number = whole("page", page, 1);
        int size = whole("per_page", perPage, Paging.DEFAULT_PER_PAGE);
        if (number < 1) {
            throw new BadParameterException("page must be 1 or more");
        }
        if (size < 1 || size > Paging.MAX_PER_PAGE) {
            throw new BadParameterException("per_page must be from 1 to " + Paging.MAX_PER_PAGE);
        }
        return new Paging(number, size);
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadParameterException(name + " must be true or false");
        };
    }

    /** An HSDS id (UUID), or null when not given. */
    static String id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!HsdsIdText.isUuid(value)) {
            throw new BadParameterException(name + " must be a UUID");
        }
        return value.strip();
    }

    /**
     * An instant from an RFC 3339 date-time ({@code 2026-11-01T00:00:00Z}, {@code 2026-11-01T07:00:00+07:00}), a date
     * and time without offset (UTC) or a date (its start, UTC); null when not given.
     */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw new BadParameterException(
                            name + " must be a date-time such as 2026-11-01T00:00:00Z or a date such as 2026-11-01");
                }
            }
        }
    }

    static Proximity proximity(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Proximity.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(e.getMessage());
        }
    }

    /** Only JSON is served ({@code format} absent or {@code json}). */
    static void json(String format) {
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format.strip())) {
            throw new BadParameterException("format: only json is served");
        }
    }

    private static int whole(String name, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(name + " must be a whole number");
        }
    }
}
