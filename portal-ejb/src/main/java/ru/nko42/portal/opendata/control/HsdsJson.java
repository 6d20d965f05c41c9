package ru.nko42.portal.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds HSDS objects the way the schemas want them: an absent value (null, blank text, empty list) is left out rather
 * than written as null, URLs are absolute http(s) URIs (a bare "nko.ru" becomes "https://nko.ru"; what is no URI is
 * left out) and times are UTC date-times to the second.
 */
final class HsdsJson {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    /** An RFC 5321 mailbox by its syntax (ASCII). */
    private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,62}");

    private final JsonObjectBuilder object = FACTORY.createObjectBuilder();

    private HsdsJson() {}

    static HsdsJson object() {
        return new HsdsJson();
    }

    static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    static JsonArray arrayOf(List<JsonObject> objects) {
        JsonArrayBuilder array = array();
        objects.forEach(array::add);
        return array.build();
    }

    HsdsJson put(String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value.strip());
        }
        return this;
    }

    /** A text the schema requires: written even when empty. */
    HsdsJson putRequired(String name, String value) {
        object.add(name, value == null ? "" : value.strip());
        return this;
    }

    HsdsJson put(String name, Integer value) {
        if (value != null) {
            object.add(name, value);
        }
        return this;
    }

    HsdsJson put(String name, Double value) {
        if (value != null && !value.isNaN() && !value.isInfinite()) {
            object.add(name, value);
        }
        return this;
    }

    HsdsJson put(String name, BigDecimal value) {
        if (value != null) {
            object.add(name, value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros());
        }
        return this;
    }

    HsdsJson put(String name, Instant value) {
        if (value != null) {
            object.add(name, dateTime(value));
        }
        return this;
    }

    HsdsJson put(String name, JsonObject value) {
        if (value != null) {
            object.add(name, value);
        }
        return this;
    }

    HsdsJson put(String name, List<JsonObject> values) {
        if (values != null && !values.isEmpty()) {
            object.add(name, arrayOf(values));
        }
        return this;
    }

    /**
     * An e-mail address where HSDS's {@code email} format takes it: ASCII only (an address of an internationalized
     * domain is an {@code idn-email}, which the schema does not allow) in RFC 5321's syntax, else left out.
     */
    HsdsJson putEmail(String name, String value) {
        if (value != null && MAILBOX.matcher(value.strip()).matches()) {
            object.add(name, value.strip());
        }
        return this;
    }

    HsdsJson putUri(String name, String value) {
        return put(name, uri(value));
    }

    JsonObject build() {
        return object.build();
    }

    /** An instant as HSDS writes date-times: UTC, to the second ({@code 2026-11-27T16:20:00Z}). */
    static String dateTime(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * A member's web address as an absolute http(s) URI (non-ASCII characters percent-encoded), or null when it is not
     * one.
     */
    static String uri(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            if (lower.matches("^[a-z][a-z0-9+.-]*:[^0-9].*")) {
                return null; // another scheme (mailto:, javascript:, ...)
            }
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
