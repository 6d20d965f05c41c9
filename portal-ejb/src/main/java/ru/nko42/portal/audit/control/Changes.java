package ru.nko42.portal.audit.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The before or after of an audit entry: the changed fields as a JSON object. Refuses fields whose names say they
 * hold a secret (password, token, hash, secret), so none can reach the log by mistake.
 */
public final class Changes {

    private static final Pattern SECRET = Pattern.compile(".*(password|passwd|token|hash|secret).*");
    private static final String CUT = "…";

    private Changes() {}

    /** Field names and values in turn: {@code of("state", "PENDING", "reason", null)}; nulls are kept. */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values must come in pairs");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return fields;
    }

    /** The fields of {@code these} whose values differ from (or are missing in) {@code others}. */
    public static Map<String, Object> changed(Map<String, ?> these, Map<String, ?> others) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (these != null) {
            these.forEach((name, value) -> {
                if (others == null || !others.containsKey(name) || !Objects.equals(others.get(name), value)) {
                    changed.put(name, value);
                }
            });
        }
        return changed;
    }

    /** The fields as a JSON object, at most {@code maxLength} characters; null for no fields. */
    public static String json(Map<String, ?> fields, int maxLength) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            refuseSecret(name);
            add(object, name, value);
        });
        String json = object.build().toString();
        return json.length() <= maxLength ? json : json.substring(0, maxLength - CUT.length()) + CUT;
    }

    static void refuseSecret(String name) {
        if (name == null || SECRET.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
            throw new IllegalArgumentException("A secret may not be written to the audit log: " + name);
        }
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Boolean flag) {
            object.add(name, flag);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            object.add(name, ((Number) value).longValue());
        } else if (value instanceof Number number) {
            object.add(name, number.toString());
        } else if (value instanceof Collection<?> values) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            values.forEach(each -> array.add(String.valueOf(each)));
            object.add(name, array);
        } else {
            object.add(name, value.toString());
        }
    }
}
