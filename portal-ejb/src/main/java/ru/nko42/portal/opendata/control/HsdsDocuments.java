package ru.nko42.portal.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what an import brings into records, organizations before the services that name them: an HSDS CSV data
 * package (a zip, by its first bytes), or UTF-8 JSON as one document, a list (a JSON array, or the API's page shape
 * {@code {"contents": [...]}}), or newline-delimited JSON (one document a line; a line that is not JSON becomes an
 * unreadable record of its own, the others are kept). A service's nested {@code organization} and an organization's
 * nested {@code services} become records of their own (the service then names its organization by
 * {@code organization_id}); an organization that several records carry is read once, where it first appears.
 *
 * @see HsdsDataPackage
 */
public final class HsdsDocuments {

    /** The largest file an import takes. */
    public static final int MOST_BYTES = 20 * 1024 * 1024;

    /** The most records one file may carry. */
    public static final int MOST_RECORDS = 5_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private HsdsDocuments() {}

    /** Whether the bytes start as a zip file does. */
    public static boolean isZip(byte[] content) {
        if (content.length < ZIP.length) {
            return false;
        }
        for (int i = 0; i < ZIP.length; i++) {
            if (content[i] != ZIP[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The records of a file.
     *
     * @throws UnreadableFileException when the file is empty, too large, neither JSON nor a zip, not UTF-8, or carries
     *     more than {@link #MOST_RECORDS} records
     */
    public static List<HsdsRecord> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException("import.error.empty", "empty");
        }
        if (content.length > MOST_BYTES) {
            throw new UnreadableFileException("import.error.tooLarge", "too large");
        }
        List<HsdsRecord> records = isZip(content) ? fromPackage(content) : fromJson(text(content));
        if (records.isEmpty()) {
            throw new UnreadableFileException("import.error.noRecords", "no records");
        }
        if (records.size() > MOST_RECORDS) {
            throw new UnreadableFileException("import.error.tooManyRecords", "too many records");
        }
        return records;
    }

    private static List<HsdsRecord> fromPackage(byte[] content) {
        HsdsDataPackage.Contents contents;
        try {
            contents = HsdsDataPackage.read(new ByteArrayInputStream(content));
        } catch (UnsupportedOperationException e) {
            throw new UnreadableFileException("import.error.packageUnsupported", "data packages cannot be read yet", e);
        } catch (HsdsFormatException e) {
            throw new UnreadableFileException("import.error.package", e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableFileException("import.error.package", "unreadable data package", e);
        }
        List<RawDocument> documents = new ArrayList<>();
        contents.organizations()
                .forEach(json -> documents.add(new RawDocument(json, 0, null, HsdsRecord.Kind.ORGANIZATION)));
        contents.services().forEach(json -> documents.add(new RawDocument(json, 0, null, HsdsRecord.Kind.SERVICE)));
        return flatten(documents);
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("import.error.encoding", "not UTF-8", e);
        }
    }

    static List<HsdsRecord> fromJson(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("[")) {
            return flatten(documents(parse(trimmed).asJsonArray()));
        }
        if (!trimmed.startsWith("{")) {
            throw new UnreadableFileException("import.error.format", "neither JSON nor a zip");
        }
        JsonValue whole = tryParse(trimmed);
        if (whole != null) {
            JsonObject object = whole.asJsonObject();
            JsonValue contents = object.get("contents");
            if (contents != null && contents.getValueType() == JsonValue.ValueType.ARRAY) {
                return flatten(documents(contents.asJsonArray()));
            }
            return flatten(List.of(new RawDocument(object, 0, null)));
        }
        return flatten(lines(text));
    }

    /** Newline-delimited JSON: a line that is no JSON object is kept as an unreadable record. */
    private static List<RawDocument> lines(String text) {
        String[] lines = text.split("\\r?\\n", -1);
        List<RawDocument> documents = new ArrayList<>();
        boolean anyRead = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonValue value = tryParse(line);
            if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
                documents.add(new RawDocument(null, i + 1, "import.refused.json"));
            } else {
                anyRead = true;
                documents.add(new RawDocument(value.asJsonObject(), i + 1, null));
            }
        }
        if (!anyRead) {
            throw new UnreadableFileException("import.error.format", "neither JSON nor a zip");
        }
        return documents;
    }

    private static List<RawDocument> documents(JsonArray array) {
        List<RawDocument> documents = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue value = array.get(i);
            documents.add(
                    value.getValueType() == JsonValue.ValueType.OBJECT
                            ? new RawDocument(value.asJsonObject(), i + 1, null)
                            : new RawDocument(null, i + 1, "import.refused.json"));
        }
        return documents;
    }

    /** A document as read, with its kind where the source says it (a data package's tables), else null. */
    private record RawDocument(JsonObject json, int position, String unreadable, HsdsRecord.Kind kind) {
        RawDocument(JsonObject json, int position, String unreadable) {
            this(json, position, unreadable, null);
        }
    }

    private static List<HsdsRecord> flatten(List<RawDocument> documents) {
        List<HsdsRecord> organizations = new ArrayList<>();
        List<HsdsRecord> services = new ArrayList<>();
        Set<String> seenOrganizations = new HashSet<>();
        int index = 0;
        for (RawDocument document : documents) {
            index++;
            int position = document.position() == 0 ? index : document.position();
            if (document.json() == null) {
                services.add(HsdsRecord.unreadable(position, document.unreadable()));
                continue;
            }
            JsonObject json = document.json();
            boolean aService = document.kind() != null ? document.kind() == HsdsRecord.Kind.SERVICE : isService(json);
            boolean anOrganization = document.kind() == HsdsRecord.Kind.ORGANIZATION || isOrganization(json);
            if (aService) {
                JsonValue nested = json.get("organization");
                JsonObjectBuilder service = Json.createObjectBuilder(json).remove("organization");
                if (nested != null && nested.getValueType() == JsonValue.ValueType.OBJECT) {
                    JsonObject organization = nested.asJsonObject();
                    addOrganization(organization, position, organizations, services, seenOrganizations);
                    String organizationId = HsdsRecord.text(organization, "id");
                    if (organizationId != null && HsdsRecord.text(json, "organization_id") == null) {
                        service.add("organization_id", organizationId);
                    }
                }
                services.add(HsdsRecord.of(HsdsRecord.Kind.SERVICE, service.build(), position));
            } else if (anOrganization) {
                addOrganization(json, position, organizations, services, seenOrganizations);
            } else {
                services.add(new HsdsRecord(HsdsRecord.Kind.UNKNOWN, json, position, "import.refused.kind"));
            }
        }
        List<HsdsRecord> records = new ArrayList<>(organizations);
        records.addAll(services);
        return records;
    }

    private static void addOrganization(
            JsonObject json,
            int position,
            List<HsdsRecord> organizations,
            List<HsdsRecord> services,
            Set<String> seen) {
        String id = HsdsRecord.text(json, "id");
        JsonValue nested = json.get("services");
        if (id == null || seen.add(id)) {
            organizations.add(HsdsRecord.of(
                    HsdsRecord.Kind.ORGANIZATION,
                    Json.createObjectBuilder(json).remove("services").build(),
                    position));
        }
        if (nested != null && nested.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue value : nested.asJsonArray()) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    services.add(HsdsRecord.unreadable(position, "import.refused.json"));
                    continue;
                }
                JsonObjectBuilder service =
                        Json.createObjectBuilder(value.asJsonObject()).remove("organization");
                if (id != null) {
                    service.add("organization_id", id);
                }
                services.add(HsdsRecord.of(HsdsRecord.Kind.SERVICE, service.build(), position));
            }
        }
    }

    /** A service document: it has what only services have (HSDS requires {@code status} of a service). */
    static boolean isService(JsonObject json) {
        return json.containsKey("status")
                || json.containsKey("organization_id")
                || json.containsKey("service_at_locations")
                || (json.containsKey("organization") && !json.containsKey("services"));
    }

    static boolean isOrganization(JsonObject json) {
        return json.containsKey("name") || json.containsKey("id");
    }

    private static JsonValue parse(String text) {
        JsonValue value = tryParse(text);
        if (value == null) {
            throw new UnreadableFileException("import.error.format", "neither JSON nor a zip");
        }
        return value;
    }

    /** The one JSON value the text is, or null if it is not JSON or has more after the value (NDJSON). */
    private static JsonValue tryParse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            return parser.hasNext() ? null : value;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            return null;
        }
    }
}
