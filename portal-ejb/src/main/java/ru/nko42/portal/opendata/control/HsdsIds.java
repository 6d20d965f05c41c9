package ru.nko42.portal.opendata.control;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The HSDS ids of what the portal has no stored UUID for: its vocabularies (as taxonomies and their terms), the
 * municipalities (as service areas) and the parts of a record written from its rows (phones, schedules, cost
 * options, ...). Each is a name-based UUID of what it is, so it is the same after every restart and export.
 * Organizations, services and places keep their own UUIDs (their {@code getHsdsId()}).
 */
public final class HsdsIds {

    /** The taxonomy of the 442-ФЗ types of social services. */
    public static final String TYPES = "442fz-service-type";
    /** The taxonomy of the 442-ФЗ forms of social services. */
    public static final String FORMS = "442fz-service-form";
    /** The taxonomy of the recipient categories. */
    public static final String CATEGORIES = "recipient-category";

    private static final String NAMESPACE = "https://nko42.ru/hsds/";

    private HsdsIds() {}

    /** The id of one of the portal's taxonomies ({@link #TYPES}, {@link #FORMS}, {@link #CATEGORIES}). */
    public static UUID taxonomy(String taxonomy) {
        return named("taxonomy/" + taxonomy);
    }

    /** The id of the term with the code in the taxonomy. */
    public static UUID term(String taxonomy, String code) {
        return named("taxonomy/" + taxonomy + "/" + code);
    }

    /** The id of a municipality written as a service area or an address's region, by its code. */
    public static UUID municipality(String code) {
        return named("municipality/" + code);
    }

    /**
     * The id of a part of a record that has none of its own: the {@code index}-th of its {@code kind} ("phone",
     * "schedule", "cost_option", ...) in the record with the HSDS id {@code owner}.
     */
    public static UUID part(String owner, String kind, int index) {
        return named(owner + "/" + kind + "/" + index);
    }

    private static UUID named(String name) {
        return UUID.nameUUIDFromBytes((NAMESPACE + name).getBytes(StandardCharsets.UTF_8));
    }
}
