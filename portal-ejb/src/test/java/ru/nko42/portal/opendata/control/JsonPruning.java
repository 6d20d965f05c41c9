package ru.nko42.portal.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;

/** Removes members from JSON documents in tests, to compare only what two documents are meant to share. */
final class JsonPruning {

    private JsonPruning() {}

    /**
     * The value without the members at the paths: dot-separated member names, through arrays ("a.b" removes
     * {@code b} from the object {@code a} and from every object in the array {@code a}).
     */
    static JsonValue without(JsonValue value, String... paths) {
        JsonValue result = value;
        for (String path : paths) {
            result = remove(result, path.split("\\."));
        }
        return result;
    }

    static JsonObject without(JsonObject value, String... paths) {
        return without((JsonValue) value, paths).asJsonObject();
    }

    /** The value without empty arrays anywhere: the tables cannot tell an empty list from a missing one. */
    static JsonValue withoutEmptyArrays(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            object.forEach((key, member) -> {
                if (!(member instanceof JsonArray array && array.isEmpty())) {
                    builder.add(key, withoutEmptyArrays(member));
                }
            });
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.forEach(item -> builder.add(withoutEmptyArrays(item)));
            return builder.build();
        }
        return value;
    }

    private static JsonValue remove(JsonValue value, String[] path) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.forEach(item -> builder.add(remove(item, path)));
            return builder.build();
        }
        if (!(value instanceof JsonObject object) || !object.containsKey(path[0])) {
            return value;
        }
        JsonObjectBuilder builder = Json.createObjectBuilder(object);
        if (path.length == 1) {
            builder.remove(path[0]);
        } else {
            builder.add(path[0], remove(object.get(path[0]), Arrays.copyOfRange(path, 1, path.length)));
        }
        return builder.build();
    }
}
