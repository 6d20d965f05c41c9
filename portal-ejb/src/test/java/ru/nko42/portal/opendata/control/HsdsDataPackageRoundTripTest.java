package ru.nko42.portal.opendata.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Writing documents as a data package and reading it back gives the same documents, over many generated ones
 * (each repetition its own seed, named in a failure): texts with quotes, commas, line breaks, Cyrillic and spaces
 * at their ends, numbers whole and decimal, optional fields and lists missing or empty, parts nested at every
 * level, a location and a taxonomy term shared by several services. An empty list comes back missing: the tables
 * cannot tell the two apart.
 */
class HsdsDataPackageRoundTripTest {

    private static final String[] WORDS = {
        "Социальная",
        "помощь",
        "на дому",
        "Кемерово",
        "Новокузнецк",
        "ёлка",
        "\"кавычки\"",
        "a, b",
        "строка\nвторая",
        "line\r\nbreak",
        "  пробелы ",
        "=SUM(A1)",
        "tab\there",
        "'апостроф'",
        "Ünïcödé",
        "😀",
        "100%",
        "#1",
        ";",
        "«ёлочки»",
        "\\backslash",
        "плюс+минус",
        ","
    };

    @RepeatedTest(200)
    void writingThenReadingGivesTheSameDocuments(RepetitionInfo repetition) throws IOException {
        long seed = repetition.getCurrentRepetition();
        Generator generator = new Generator(new Random(seed));
        List<JsonObject> organizations = generator.list(0, 3, generator::organization);
        List<JsonObject> services = new ArrayList<>();
        int serviceCount = generator.random.nextInt(5);
        for (int i = 0; i < serviceCount; i++) {
            services.add(generator.service(organizations));
        }

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        HsdsDataPackage.write(new HsdsDataPackage.Contents(organizations, services), zip);
        HsdsDataPackage.Contents read = HsdsDataPackage.read(new ByteArrayInputStream(zip.toByteArray()));

        assertThat(read.organizations())
                .as("organizations, seed %d", seed)
                .containsExactlyElementsOf(canonical(organizations));
        assertThat(read.services()).as("services, seed %d", seed).containsExactlyElementsOf(canonical(services));
    }

    private static List<JsonObject> canonical(List<JsonObject> documents) {
        return documents.stream()
                .map(d -> JsonPruning.withoutEmptyArrays(d).asJsonObject())
                .toList();
    }

    private static final class Generator {
        final Random random;
        final List<JsonObject> sharedLocations = new ArrayList<>();
        final List<JsonObject> sharedTerms = new ArrayList<>();

        Generator(Random random) {
            this.random = random;
        }

        JsonObject organization() {
            String id = id();
            JsonObjectBuilder o =
                    Json.createObjectBuilder().add("id", id).add("name", text()).add("description", text());
            maybe(o, "alternate_name", this::text);
            maybe(o, "email", () -> Json.createValue("info@example.org"));
            maybe(o, "website", () -> Json.createValue("https://example.org/?a=1&b=\"2\""));
            maybe(o, "tax_id", () -> Json.createValue("4205000001"));
            maybe(o, "year_incorporated", () -> Json.createValue(1990 + random.nextInt(35)));
            maybe(
                    o,
                    "organization_identifiers",
                    () -> array(
                            0,
                            2,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("identifier_scheme", random.nextBoolean() ? "RU-INN" : "RU-OGRN")
                                    .add("identifier_type", text())
                                    .add("identifier", "1024200000001")
                                    .build()));
            maybe(o, "phones", () -> array(0, 2, this::phone));
            maybe(o, "contacts", () -> array(0, 2, this::contact));
            maybe(
                    o,
                    "programs",
                    () -> array(
                            0,
                            1,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("name", text())
                                    .add("description", text())
                                    .build()));
            maybe(
                    o,
                    "funding",
                    () -> array(
                            0,
                            1,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("source", text())
                                    .build()));
            maybe(o, "attributes", () -> array(0, 2, () -> attribute("organization")));
            maybe(o, "metadata", () -> array(0, 1, () -> metadata("organization")));
            return o.build();
        }

        JsonObject service(List<JsonObject> organizations) {
            JsonObjectBuilder s = Json.createObjectBuilder()
                    .add("id", id())
                    .add("name", text())
                    .add("status", random.nextBoolean() ? "active" : "temporarily closed");
            if (!organizations.isEmpty() && random.nextInt(4) > 0) {
                s.add(
                        "organization_id",
                        organizations.get(random.nextInt(organizations.size())).getString("id"));
            }
            maybe(s, "description", this::text);
            maybe(s, "email", () -> Json.createValue("help@example.org"));
            maybe(s, "fees_description", this::text);
            maybe(s, "minimum_age", () -> Json.createValue(random.nextInt(18)));
            maybe(s, "maximum_age", () -> Json.createValue(new BigDecimal("99.5")));
            maybe(s, "last_modified", () -> Json.createValue("2026-11-27T10:15:30Z"));
            maybe(s, "phones", () -> array(0, 2, this::phone));
            maybe(s, "schedules", () -> array(0, 2, this::schedule));
            maybe(
                    s,
                    "service_areas",
                    () -> array(
                            0,
                            2,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("name", text())
                                    .add("extent_type", "geojson")
                                    .build()));
            maybe(s, "service_at_locations", () -> array(0, 2, this::serviceAtLocation));
            maybe(s, "languages", () -> array(0, 2, this::language));
            maybe(
                    s,
                    "cost_options",
                    () -> array(
                            0,
                            2,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("option", text())
                                    .add("currency", "RUB")
                                    .add(
                                            "amount",
                                            random.nextBoolean()
                                                    ? Json.createValue(350)
                                                    : Json.createValue(new BigDecimal("1250.50")))
                                    .build()));
            maybe(
                    s,
                    "required_documents",
                    () -> array(
                            0,
                            2,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("document", text())
                                    .build()));
            maybe(s, "contacts", () -> array(0, 1, this::contact));
            maybe(
                    s,
                    "funding",
                    () -> array(
                            0,
                            1,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("source", text())
                                    .build()));
            maybe(s, "attributes", () -> array(0, 3, () -> attribute("service")));
            maybe(s, "metadata", () -> array(0, 1, () -> metadata("service")));
            return s.build();
        }

        JsonObject serviceAtLocation() {
            JsonObjectBuilder sal = Json.createObjectBuilder().add("id", id());
            maybe(sal, "description", this::text);
            maybe(sal, "phones", () -> array(0, 1, this::phone));
            maybe(sal, "schedules", () -> array(0, 1, this::schedule));
            maybe(sal, "contacts", () -> array(0, 1, this::contact));
            if (random.nextInt(5) > 0) {
                sal.add("location", location());
            }
            return sal.build();
        }

        JsonObject location() {
            if (!sharedLocations.isEmpty() && random.nextInt(3) == 0) {
                return sharedLocations.get(random.nextInt(sharedLocations.size()));
            }
            JsonObjectBuilder l = Json.createObjectBuilder()
                    .add("id", id())
                    .add("location_type", random.nextBoolean() ? "physical" : "virtual");
            maybe(l, "name", this::text);
            maybe(l, "latitude", () -> Json.createValue(new BigDecimal("55.3547")));
            maybe(l, "longitude", () -> Json.createValue(new BigDecimal("86.0873")));
            maybe(
                    l,
                    "addresses",
                    () -> array(
                            0,
                            1,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("address_1", text())
                                    .add("city", "Кемерово")
                                    .add("state_province", "Кемеровская область — Кузбасс")
                                    .add("postal_code", "650000")
                                    .add("country", "RU")
                                    .add("address_type", "physical")
                                    .build()));
            maybe(
                    l,
                    "accessibility",
                    () -> array(
                            0,
                            1,
                            () -> Json.createObjectBuilder()
                                    .add("id", id())
                                    .add("description", text())
                                    .build()));
            maybe(l, "phones", () -> array(0, 1, this::phone));
            maybe(l, "schedules", () -> array(0, 1, this::schedule));
            maybe(l, "languages", () -> array(0, 1, this::language));
            maybe(l, "contacts", () -> array(0, 1, this::contact));
            maybe(l, "attributes", () -> array(0, 1, () -> attribute("location")));
            JsonObject location = l.build();
            sharedLocations.add(location);
            return location;
        }

        JsonObject phone() {
            JsonObjectBuilder p = Json.createObjectBuilder().add("id", id()).add("number", "+7 (3842) 00-00-00");
            maybe(p, "extension", () -> Json.createValue(random.nextInt(1000)));
            maybe(p, "type", () -> Json.createValue("voice"));
            maybe(p, "description", this::text);
            maybe(p, "languages", () -> array(0, 2, this::language));
            return p.build();
        }

        JsonObject contact() {
            JsonObjectBuilder c = Json.createObjectBuilder().add("id", id());
            maybe(c, "name", this::text);
            maybe(c, "email", () -> Json.createValue("person@example.org"));
            maybe(c, "phones", () -> array(0, 1, this::phone));
            return c.build();
        }

        JsonObject language() {
            return Json.createObjectBuilder()
                    .add("id", id())
                    .add("name", random.nextBoolean() ? "Русский" : "Шорский")
                    .add("code", random.nextBoolean() ? "ru" : "cjs")
                    .build();
        }

        JsonObject schedule() {
            JsonObjectBuilder s = Json.createObjectBuilder()
                    .add("id", id())
                    .add("freq", "WEEKLY")
                    .add("byday", "MO,TU,WE");
            maybe(s, "opens_at", () -> Json.createValue("09:00"));
            maybe(s, "closes_at", () -> Json.createValue("18:00"));
            maybe(s, "timezone", () -> Json.createValue(7));
            maybe(s, "interval", () -> Json.createValue(1));
            maybe(s, "description", this::text);
            return s.build();
        }

        JsonObject attribute(String entity) {
            JsonObjectBuilder a = Json.createObjectBuilder()
                    .add("id", id())
                    .add("link_entity", entity)
                    .add("link_type", "type");
            if (random.nextInt(5) > 0) {
                a.add("taxonomy_term", term());
            } else {
                a.add("taxonomy_term_id", id());
            }
            maybe(a, "value", this::text);
            return a.build();
        }

        JsonObject term() {
            if (!sharedTerms.isEmpty() && random.nextBoolean()) {
                return sharedTerms.get(random.nextInt(sharedTerms.size()));
            }
            JsonObjectBuilder t = Json.createObjectBuilder()
                    .add("id", id())
                    .add("code", "code-" + random.nextInt(100))
                    .add("name", text())
                    .add("description", text());
            if (random.nextBoolean()) {
                t.add(
                        "taxonomy_detail",
                        Json.createObjectBuilder()
                                .add(
                                        "id",
                                        UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt(3)})
                                                .toString())
                                .add("name", "442-ФЗ")
                                .add("description", "Виды социальных услуг"));
            } else {
                maybe(t, "taxonomy", () -> Json.createValue("custom"));
            }
            maybe(t, "parent_id", () -> Json.createValue(id()));
            JsonObject term = t.build();
            sharedTerms.add(term);
            return term;
        }

        JsonObject metadata(String resource) {
            return Json.createObjectBuilder()
                    .add("id", id())
                    .add("resource_type", resource)
                    .add("last_action_date", "2026-11-27")
                    .add("last_action_type", "update")
                    .add("field_name", "name")
                    .add("previous_value", text())
                    .add("replacement_value", text())
                    .add("updated_by", text())
                    .build();
        }

        String id() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        JsonValue text() {
            StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            int more = random.nextInt(4);
            for (int i = 0; i < more; i++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            return Json.createValue(text.toString());
        }

        void maybe(JsonObjectBuilder builder, String key, Supplier<JsonValue> value) {
            if (random.nextInt(3) > 0) {
                builder.add(key, value.get());
            }
        }

        JsonValue array(int min, int max, Supplier<JsonObject> item) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            int count = min + random.nextInt(max - min + 1);
            for (int i = 0; i < count; i++) {
                array.add(item.get());
            }
            return array.build();
        }

        <T> List<T> list(int min, int max, Supplier<T> item) {
            List<T> list = new ArrayList<>();
            int count = min + random.nextInt(max - min + 1);
            for (int i = 0; i < count; i++) {
                list.add(item.get());
            }
            return list;
        }
    }
}
