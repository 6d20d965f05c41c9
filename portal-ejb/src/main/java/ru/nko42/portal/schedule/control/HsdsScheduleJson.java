package ru.nko42.portal.schedule.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * HSDS schedule objects as JSON (Jakarta JSON Processing), with HSDS's field names; absent fields are left out.
 * Numbers ({@code timezone}, {@code count}, {@code interval}) are read from JSON numbers or from strings, as CSV
 * conversions sometimes give them.
 */
public final class HsdsScheduleJson {

    private HsdsScheduleJson() {}

    /** The objects as a JSON array text. */
    public static String write(List<HsdsSchedule> schedules) {
        return toJson(schedules).toString();
    }

    /**
     * The objects of a JSON array text.
     *
     * @throws jakarta.json.JsonException if the text is not a JSON array of objects
     * @throws IllegalArgumentException if {@code timezone}, {@code count} or {@code interval} is not a number
     *     ({@code count} and {@code interval} whole)
     */
    public static List<HsdsSchedule> read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return fromJson(reader.readArray());
        }
    }

    /** The objects as a JSON array. */
    public static JsonArray toJson(List<HsdsSchedule> schedules) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        schedules.forEach(schedule -> array.add(toJson(schedule)));
        return array.build();
    }

    /** The objects of a JSON array; throws as {@link #read(String)} does. */
    public static List<HsdsSchedule> fromJson(JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(HsdsScheduleJson::fromJson)
                .toList();
    }

    /** One object as JSON, its fields in the specification's order. */
    public static JsonObject toJson(HsdsSchedule schedule) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        put(object, "id", schedule.id());
        put(object, "service_id", schedule.serviceId());
        put(object, "location_id", schedule.locationId());
        put(object, "service_at_location_id", schedule.serviceAtLocationId());
        put(object, "valid_from", schedule.validFrom());
        put(object, "valid_to", schedule.validTo());
        put(object, "dtstart", schedule.dtstart());
        if (schedule.timezone() != null) {
            object.add("timezone", schedule.timezone());
        }
        put(object, "until", schedule.until());
        put(object, "count", schedule.count());
        put(object, "wkst", schedule.wkst());
        put(object, "freq", schedule.freq());
        put(object, "interval", schedule.interval());
        put(object, "byday", schedule.byday());
        put(object, "byweekno", schedule.byweekno());
        put(object, "bymonthday", schedule.bymonthday());
        put(object, "byyearday", schedule.byyearday());
        put(object, "description", schedule.description());
        put(object, "opens_at", schedule.opensAt());
        put(object, "closes_at", schedule.closesAt());
        put(object, "schedule_link", schedule.scheduleLink());
        put(object, "attending_type", schedule.attendingType());
        put(object, "notes", schedule.notes());
        return object.build();
    }

    /** One object; throws as {@link #read(String)} does. */
    public static HsdsSchedule fromJson(JsonObject object) {
        return HsdsSchedule.builder()
                .id(string(object, "id"))
                .serviceId(string(object, "service_id"))
                .locationId(string(object, "location_id"))
                .serviceAtLocationId(string(object, "service_at_location_id"))
                .validFrom(string(object, "valid_from"))
                .validTo(string(object, "valid_to"))
                .dtstart(string(object, "dtstart"))
                .timezone(number(object, "timezone"))
                .until(string(object, "until"))
                .count(whole(object, "count"))
                .wkst(string(object, "wkst"))
                .freq(string(object, "freq"))
                .interval(whole(object, "interval"))
                .byday(string(object, "byday"))
                .byweekno(string(object, "byweekno"))
                .bymonthday(string(object, "bymonthday"))
                .byyearday(string(object, "byyearday"))
                .description(string(object, "description"))
                .opensAt(string(object, "opens_at"))
                .closesAt(string(object, "closes_at"))
                .scheduleLink(string(object, "schedule_link"))
                .attendingType(string(object, "attending_type"))
                .notes(string(object, "notes"))
                .build();
    }

    private static void put(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder object, String name, Integer value) {
        if (value != null) {
            object.add(name, value.intValue());
        }
    }

    private static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    /** A number, from a JSON number or a string holding one; null when absent or an empty string. */
    private static BigDecimal number(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text && !text.getString().isBlank()) {
            try {
                return new BigDecimal(text.getString().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number in " + name + ": " + text.getString(), e);
            }
        }
        return null;
    }

    private static Integer whole(JsonObject object, String name) {
        BigDecimal number = number(object, name);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Not a whole number in " + name + ": " + number, e);
        }
    }
}
