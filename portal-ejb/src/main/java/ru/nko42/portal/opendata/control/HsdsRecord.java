package ru.nko42.portal.opendata.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One record of an import: an HSDS organization or service document, where it was in the file (1-based: the line of
 * newline-delimited JSON, else the position in the list), or, for what could not be read as a record at all, the
 * key of the reason.
 */
public record HsdsRecord(Kind kind, JsonObject json, int position, String unreadable) {

    /** What a record describes. */
    public enum Kind {
        ORGANIZATION,
        SERVICE,
        UNKNOWN
    }

    public static HsdsRecord of(Kind kind, JsonObject json, int position) {
        return new HsdsRecord(kind, json, position, null);
    }

    public static HsdsRecord unreadable(int position, String reasonKey) {
        return new HsdsRecord(Kind.UNKNOWN, null, position, reasonKey);
    }

    /** The record's own {@code id}, or null. */
    public String id() {
        return text(json, "id");
    }

    /** The record's {@code name}, or null. */
    public String name() {
        return text(json, "name");
    }

    static String text(JsonObject object, String field) {
        if (object == null) {
            return null;
        }
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = value instanceof JsonString string ? string.getString() : value.toString();
        return text.isBlank() ? null : text.strip();
    }
}
