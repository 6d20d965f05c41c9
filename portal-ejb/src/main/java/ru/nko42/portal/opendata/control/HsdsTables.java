package ru.nko42.portal.opendata.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the HSDS 3.0 tabular form (the specification's {@code schema/compiled/tabular.json}): each table's
 * file, its columns in the specification's order with their JSON types, and how its rows nest into the documents
 * ({@code compiled/service.json}, {@code compiled/organization.json}). Written out here, not read from the
 * specification's files, which the portal does not ship.
 */
final class HsdsTables {

    /** The JSON type of a column's values in the documents; the tables hold text. */
    enum Type {
        STRING,
        NUMBER
    }

    /**
     * A column.
     *
     * @param references the table whose {@code id} the column holds, or null
     * @param link true when the column only says where the row nests (a phone's {@code service_id}): the nested
     *     document leaves it out, as the specification's examples do
     */
    record Column(String name, Type type, boolean required, String references, boolean link) {}

    /**
     * An array of rows of another table nested in a document under {@code key}: the rows whose {@code via} column
     * holds the document's id. {@code writeOnly}: read from documents, but not nested when reading tables (an
     * organization's services are documents of their own).
     */
    record Nested(String key, String table, String via, boolean writeOnly) {}

    /**
     * One row of another table nested as an object under {@code key}, found by the document's own column
     * {@code column} (a service-at-location's {@code location_id}). {@code writeOnly}: the reading keeps the id
     * (a service's {@code organization_id}).
     */
    record Single(String key, String table, String column, boolean writeOnly) {}

    /** A table: its name in the data package, its file, its columns and what nests in its documents. */
    record Table(String name, String file, List<Column> columns, List<Nested> arrays, List<Single> singles) {

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }
    }

    /** What every document of the tables but a few carries: its attributes (taxonomy terms) and metadata. */
    static final String ATTRIBUTES = "attributes";

    static final String METADATA = "metadata";

    private static final Set<String> WITHOUT_ATTRIBUTES = Set.of("attribute", "taxonomy_term", "taxonomy", "metadata");
    private static final Set<String> WITHOUT_METADATA = Set.of("metadata");

    private static final Map<String, Table> TABLES = new LinkedHashMap<>();

    static {
        table("organization", "organizations.csv")
                .id()
                .text("name", true)
                .text("alternate_name")
                .text("description", true)
                .text("email")
                .text("website")
                .text("tax_status")
                .text("tax_id")
                .number("year_incorporated")
                .text("legal_status")
                .text("logo")
                .text("uri")
                .reference("parent_organization_id", "organization")
                .nest("funding", "funding", "organization_id")
                .nest("contacts", "contact", "organization_id")
                .nest("phones", "phone", "organization_id")
                .nest("locations", "location", "organization_id")
                .nest("programs", "program", "organization_id")
                .nest("organization_identifiers", "organization_identifier", "organization_id")
                .nestWriteOnly("services", "service", "organization_id")
                .add();
        table("program", "programs.csv")
                .id()
                .link("organization_id", "organization")
                .text("name", true)
                .text("alternate_name")
                .text("description", true)
                .add();
        table("service", "services.csv")
                .id()
                .reference("organization_id", "organization")
                .reference("program_id", "program")
                .text("name", true)
                .text("alternate_name")
                .text("description")
                .text("url")
                .text("email")
                .text("status", true)
                .text("interpretation_services")
                .text("application_process")
                .text("fees_description")
                .text("wait_time")
                .text("fees")
                .text("accreditations")
                .text("eligibility_description")
                .number("minimum_age")
                .number("maximum_age")
                .text("assured_date")
                .text("assurer_email")
                .text("licenses")
                .text("alert")
                .text("last_modified")
                .nest("phones", "phone", "service_id")
                .nest("schedules", "schedule", "service_id")
                .nest("service_areas", "service_area", "service_id")
                .nest("service_at_locations", "service_at_location", "service_id")
                .nest("languages", "language", "service_id")
                .nest("funding", "funding", "service_id")
                .nest("cost_options", "cost_option", "service_id")
                .nest("required_documents", "required_document", "service_id")
                .nest("contacts", "contact", "service_id")
                .singleWriteOnly("organization", "organization", "organization_id")
                .singleWriteOnly("program", "program", "program_id")
                .add();
        table("attribute", "attributes.csv")
                .id()
                .link("link_id", null)
                .reference("taxonomy_term_id", "taxonomy_term")
                .text("link_type")
                .text("link_entity")
                .text("value")
                .single("taxonomy_term", "taxonomy_term", "taxonomy_term_id")
                .add();
        table("service_at_location", "service_at_location.csv")
                .id()
                .link("service_id", "service")
                .reference("location_id", "location")
                .text("description")
                .nest("contacts", "contact", "service_at_location_id")
                .nest("phones", "phone", "service_at_location_id")
                .nest("schedules", "schedule", "service_at_location_id")
                .single("location", "location", "location_id")
                .add();
        table("location", "locations.csv")
                .id()
                .text("location_type", true)
                .text("url")
                .reference("organization_id", "organization")
                .text("name")
                .text("alternate_name")
                .text("description")
                .text("transportation")
                .number("latitude")
                .number("longitude")
                .text("external_identifier")
                .text("external_identifier_type")
                .nest("languages", "language", "location_id")
                .nest("addresses", "address", "location_id")
                .nest("contacts", "contact", "location_id")
                .nest("accessibility", "accessibility", "location_id")
                .nest("phones", "phone", "location_id")
                .nest("schedules", "schedule", "location_id")
                .add();
        table("phone", "phones.csv")
                .id()
                .link("location_id", "location")
                .link("service_id", "service")
                .link("organization_id", "organization")
                .link("contact_id", "contact")
                .link("service_at_location_id", "service_at_location")
                .text("number", true)
                .number("extension")
                .text("type")
                .text("description")
                .nest("languages", "language", "phone_id")
                .add();
        table("contact", "contacts.csv")
                .id()
                .link("organization_id", "organization")
                .link("service_id", "service")
                .link("service_at_location_id", "service_at_location")
                .link("location_id", "location")
                .text("name")
                .text("title")
                .text("department")
                .text("email")
                .nest("phones", "phone", "contact_id")
                .add();
        table("address", "addresses.csv")
                .id()
                .link("location_id", "location")
                .text("attention")
                .text("address_1", true)
                .text("address_2")
                .text("city", true)
                .text("region")
                .text("state_province", true)
                .text("postal_code", true)
                .text("country", true)
                .text("address_type", true)
                .add();
        table("schedule", "schedules.csv")
                .id()
                .link("service_id", "service")
                .link("location_id", "location")
                .link("service_at_location_id", "service_at_location")
                .text("valid_from")
                .text("valid_to")
                .text("dtstart")
                .number("timezone")
                .text("until")
                .number("count")
                .text("wkst")
                .text("freq")
                .number("interval")
                .text("byday")
                .text("byweekno")
                .text("bymonthday")
                .text("byyearday")
                .text("description")
                .text("opens_at")
                .text("closes_at")
                .text("schedule_link")
                .text("attending_type")
                .text("notes")
                .add();
        table("funding", "funding.csv")
                .id()
                .link("organization_id", "organization")
                .link("service_id", "service")
                .text("source")
                .add();
        table("service_area", "service_areas.csv")
                .id()
                .link("service_id", "service")
                .text("name")
                .text("description")
                .text("extent")
                .text("extent_type")
                .text("uri")
                .add();
        table("required_document", "required_documents.csv")
                .id()
                .link("service_id", "service")
                .text("document")
                .text("uri")
                .add();
        table("language", "languages.csv")
                .id()
                .link("service_id", "service")
                .link("location_id", "location")
                .link("phone_id", "phone")
                .text("name")
                .text("code")
                .text("note")
                .add();
        table("accessibility", "accessibility.csv")
                .id()
                .link("location_id", "location")
                .text("description")
                .text("details")
                .text("url")
                .add();
        table("taxonomy_term", "taxonomy_terms.csv")
                .id()
                .text("code")
                .text("name", true)
                .text("description", true)
                .reference("parent_id", "taxonomy_term")
                .text("taxonomy")
                .text("language")
                .reference("taxonomy_id", "taxonomy")
                .text("term_uri")
                .single("taxonomy_detail", "taxonomy", "taxonomy_id")
                .add();
        table("metadata", "metadata.csv")
                .id()
                .link("resource_id", null)
                .text("resource_type")
                .text("last_action_date", true)
                .text("last_action_type", true)
                .text("field_name", true)
                .text("previous_value", true)
                .text("replacement_value", true)
                .text("updated_by", true)
                .add();
        table("meta_table_description", "meta_table_descriptions.csv")
                .id()
                .text("name")
                .text("language")
                .text("character_set")
                .add();
        table("cost_option", "cost_options.csv")
                .id()
                .link("service_id", "service")
                .text("valid_from")
                .text("valid_to")
                .text("option")
                .text("currency")
                .number("amount")
                .text("amount_description")
                .add();
        table("organization_identifier", "organization_identifiers.csv")
                .id()
                .link("organization_id", "organization")
                .text("identifier_scheme")
                .text("identifier_type", true)
                .text("identifier", true)
                .add();
        table("taxonomy", "taxonomies.csv")
                .id()
                .text("name", true)
                .text("description", true)
                .text("uri")
                .text("version")
                .add();
    }

    private HsdsTables() {}

    /** Every table, in the specification's order. */
    static List<Table> all() {
        return List.copyOf(TABLES.values());
    }

    static Table named(String name) {
        Table table = TABLES.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no HSDS table " + name);
        }
        return table;
    }

    /** Whether documents of the table carry {@code attributes}. */
    static boolean hasAttributes(Table table) {
        return !WITHOUT_ATTRIBUTES.contains(table.name());
    }

    /** Whether documents of the table carry {@code metadata}. */
    static boolean hasMetadata(Table table) {
        return !WITHOUT_METADATA.contains(table.name());
    }

    private static Builder table(String name, String file) {
        return new Builder(name, file);
    }

    private static final class Builder {
        private final String name;
        private final String file;
        private final List<Column> columns = new ArrayList<>();
        private final List<Nested> arrays = new ArrayList<>();
        private final List<Single> singles = new ArrayList<>();

        Builder(String name, String file) {
            this.name = name;
            this.file = file;
        }

        Builder id() {
            columns.add(new Column("id", Type.STRING, true, null, false));
            return this;
        }

        Builder text(String column) {
            return text(column, false);
        }

        Builder text(String column, boolean required) {
            columns.add(new Column(column, Type.STRING, required, null, false));
            return this;
        }

        Builder number(String column) {
            columns.add(new Column(column, Type.NUMBER, false, null, false));
            return this;
        }

        Builder reference(String column, String table) {
            columns.add(new Column(column, Type.STRING, false, table, false));
            return this;
        }

        Builder link(String column, String table) {
            columns.add(new Column(column, Type.STRING, false, table, true));
            return this;
        }

        Builder nest(String key, String table, String via) {
            arrays.add(new Nested(key, table, via, false));
            return this;
        }

        Builder nestWriteOnly(String key, String table, String via) {
            arrays.add(new Nested(key, table, via, true));
            return this;
        }

        Builder single(String key, String table, String column) {
            singles.add(new Single(key, table, column, false));
            return this;
        }

        Builder singleWriteOnly(String key, String table, String column) {
            singles.add(new Single(key, table, column, true));
            return this;
        }

        void add() {
            TABLES.put(name, new Table(name, file, List.copyOf(columns), List.copyOf(arrays), List.copyOf(singles)));
        }
    }
}
