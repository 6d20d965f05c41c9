package ru.nko42.portal.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import ru.nko42.portal.opendata.control.HsdsTables.Column;
import ru.nko42.portal.opendata.control.HsdsTables.Table;

/**
 * The HSDS 3.0 CSV data package (the tabular form of the specification: a zip of {@code datapackage.json} and one
 * CSV file a table) written from, and read into, HSDS documents.
 *
 * <p>Writing puts every table of the specification in the zip, with the specification's file names and column
 * order, in UTF-8 without a byte order mark (the Frictionless default), and a {@code datapackage.json} describing
 * them (fields, their types, primary and foreign keys). Reading finds the tables by their file names (anywhere in
 * the zip, or where {@code datapackage.json} says), by their header's column names in any order, with or without
 * a byte order mark; a missing table is an empty one, an unknown column is ignored.
 */
public final class HsdsDataPackage {

    /**
     * What a data package holds, as HSDS documents.
     *
     * @param organizations organization documents (compiled/organization.json), without their services
     * @param services full service documents (compiled/service.json): {@code organization_id} and the nested
     *     {@code service_at_locations} (with their locations), phones, schedules, cost options, languages, service
     *     areas, required documents, attributes (taxonomy terms), contacts
     */
    public record Contents(List<JsonObject> organizations, List<JsonObject> services) {}

    static final String DESCRIPTOR = "datapackage.json";

    /** The largest table (uncompressed) a package may hold: more is refused rather than read into memory. */
    static final long MAX_TABLE_BYTES = 256L * 1024 * 1024;

    private static final CSVFormat WRITE_FORMAT = CSVFormat.RFC4180;

    private static final CSVFormat READ_FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    private HsdsDataPackage() {}

    /** Writes the documents as a data package (a zip) to the stream, which stays open. */
    public static void write(Contents contents, OutputStream zip) throws IOException {
        HsdsFlattener flattener = new HsdsFlattener();
        for (int i = 0; i < contents.organizations().size(); i++) {
            flattener.addOrganization(contents.organizations().get(i), i);
        }
        for (int i = 0; i < contents.services().size(); i++) {
            flattener.addService(contents.services().get(i), i);
        }
        ZipOutputStream out = new ZipOutputStream(nonClosing(zip), StandardCharsets.UTF_8);
        out.putNextEntry(new ZipEntry(DESCRIPTOR));
        out.write(descriptor().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
        for (Table table : HsdsTables.all()) {
            out.putNextEntry(new ZipEntry(table.file()));
            Writer writer = new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8);
            try (CSVPrinter printer = new CSVPrinter(writer, WRITE_FORMAT)) {
                printer.printRecord(table.columns().stream().map(Column::name).toList());
                for (Map<String, String> row : flattener.rows(table)) {
                    List<String> values = new ArrayList<>(table.columns().size());
                    for (Column column : table.columns()) {
                        values.add(row.getOrDefault(column.name(), ""));
                    }
                    printer.printRecord(values);
                }
            }
            out.closeEntry();
        }
        out.finish();
    }

    /**
     * Reads a data package (a zip) from the stream.
     *
     * @throws HsdsFormatException when it is not a data package of HSDS tables (not a zip, no {@code services.csv},
     *     a table whose header it cannot read)
     */
    public static Contents read(InputStream zip) throws IOException {
        Map<String, byte[]> entries = entries(zip);
        Map<String, String> paths = tablePaths(entries);
        if (!paths.containsKey("service")) {
            throw new HsdsFormatException("The data package has no services.csv (found: "
                    + String.join(", ", entries.keySet().stream().limit(20).toList()) + ")");
        }
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, String> table : paths.entrySet()) {
            tables.put(
                    table.getKey(),
                    rows(HsdsTables.named(table.getKey()), table.getValue(), entries.get(table.getValue())));
        }
        HsdsNester nester = new HsdsNester(tables);
        return new Contents(nester.organizations(), nester.services());
    }

    private static Map<String, byte[]> entries(InputStream zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try {
            ZipInputStream in = new ZipInputStream(zip, StandardCharsets.UTF_8);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.putIfAbsent(entry.getName(), limited(in, entry.getName()));
                }
            }
        } catch (ZipException | IllegalArgumentException broken) {
            throw new HsdsFormatException("Not a readable zip archive: " + broken.getMessage(), broken);
        }
        if (entries.isEmpty()) {
            throw new HsdsFormatException("Not a data package: not a zip archive, or an empty one");
        }
        return entries;
    }

    private static byte[] limited(InputStream in, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_TABLE_BYTES) {
                throw new HsdsFormatException(name + " is larger than " + MAX_TABLE_BYTES + " bytes");
            }
            bytes.write(buffer, 0, n);
        }
        return bytes.toByteArray();
    }

    /**
     * Where each table is in the zip: at the path {@code datapackage.json} gives its resource, else the first entry
     * with the table's file name in any folder ({@code service_at_locations.csv} also names the service-at-location
     * table).
     */
    private static Map<String, String> tablePaths(Map<String, byte[]> entries) {
        Map<String, String> declared = declaredPaths(entries);
        Map<String, String> paths = new LinkedHashMap<>();
        for (Table table : HsdsTables.all()) {
            String path = declared.get(table.name());
            if (path == null || !entries.containsKey(path)) {
                path = entries.keySet().stream()
                        .filter(name -> fileNameOf(table, name))
                        .findFirst()
                        .orElse(null);
            }
            if (path != null) {
                paths.put(table.name(), path);
            }
        }
        return paths;
    }

    private static boolean fileNameOf(Table table, String entryName) {
        String base = entryName.substring(entryName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return base.equals(table.file())
                || (table.name().equals("service_at_location") && base.equals("service_at_locations.csv"));
    }

    private static Map<String, String> declaredPaths(Map<String, byte[]> entries) {
        String descriptorPath = entries.keySet().stream()
                .filter(name -> name.equals(DESCRIPTOR) || name.endsWith("/" + DESCRIPTOR))
                .findFirst()
                .orElse(null);
        Map<String, String> paths = new LinkedHashMap<>();
        if (descriptorPath == null) {
            return paths;
        }
        String folder = descriptorPath.substring(0, descriptorPath.length() - DESCRIPTOR.length());
        JsonObject descriptor;
        try (var reader = Json.createReader(new StringReader(utf8(descriptorPath, entries.get(descriptorPath))))) {
            descriptor = reader.readObject();
        } catch (JsonException | IllegalStateException notJson) {
            throw new HsdsFormatException(descriptorPath + " is not a JSON object: " + notJson.getMessage(), notJson);
        }
        JsonValue resources = descriptor.get("resources");
        if (resources == null || resources.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new HsdsFormatException(descriptorPath + " has no list of resources");
        }
        for (JsonValue resource : resources.asJsonArray()) {
            if (resource instanceof JsonObject r
                    && r.get("name") instanceof JsonString name
                    && r.get("path") instanceof JsonString path) {
                paths.put(name.getString(), folder + path.getString());
            }
        }
        return paths;
    }

    /** The rows of a table, each its columns (those of the specification found in the header) to non-empty text. */
    private static List<Map<String, String>> rows(Table table, String path, byte[] bytes) throws IOException {
        String text = utf8(path, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        if (text.isBlank()) {
            return rows;
        }
        try (CSVParser parser = CSVParser.parse(text, READ_FORMAT)) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                String name = header.strip().toLowerCase(Locale.ROOT);
                if (table.column(name).isPresent()) {
                    headers.put(name, header);
                }
            }
            if (!headers.containsKey("id")) {
                throw new HsdsFormatException(path + " has no id column in its header " + parser.getHeaderNames());
            }
            Set<String> ids = new HashSet<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                headers.forEach((name, header) -> {
                    String value = record.isSet(header) ? record.get(header) : null;
                    // a required text may be empty (an address's postal code the source does not know)
                    if (value != null && (!value.isEmpty() || requiredText(table, name))) {
                        row.put(name, value);
                    }
                });
                String id = row.get("id");
                if (!row.isEmpty() && (id == null || ids.add(id))) {
                    rows.add(row);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException unreadable) {
            throw new HsdsFormatException(
                    path + " is not a readable CSV table: " + unreadable.getMessage(), unreadable);
        } catch (IOException unreadable) {
            throw new HsdsFormatException(
                    path + " is not a readable CSV table: " + unreadable.getMessage(), unreadable);
        }
        return rows;
    }

    private static String utf8(String path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new HsdsFormatException(path + " is not UTF-8 text", notUtf8);
        }
    }

    /** The {@code datapackage.json} of what {@link #write} writes: every table's fields, keys and references. */
    static String descriptor() {
        JsonArrayBuilder resources = Json.createArrayBuilder();
        for (Table table : HsdsTables.all()) {
            JsonArrayBuilder fields = Json.createArrayBuilder();
            JsonArrayBuilder foreignKeys = Json.createArrayBuilder();
            for (Column column : table.columns()) {
                JsonObjectBuilder field = Json.createObjectBuilder()
                        .add("name", column.name())
                        .add("type", column.type() == HsdsTables.Type.NUMBER ? "number" : "string");
                if (column.name().equals("id") || column.references() != null || isLinkId(column)) {
                    field.add("format", "uuid");
                }
                JsonObjectBuilder constraints = Json.createObjectBuilder().add("required", column.required());
                if (column.name().equals("id")) {
                    constraints.add("unique", true);
                }
                fields.add(field.add("constraints", constraints));
                if (column.references() != null) {
                    String target = column.references().equals(table.name()) ? "" : column.references();
                    foreignKeys.add(Json.createObjectBuilder()
                            .add("fields", column.name())
                            .add(
                                    "reference",
                                    Json.createObjectBuilder()
                                            .add("resource", target)
                                            .add("fields", "id")));
                }
            }
            resources.add(Json.createObjectBuilder()
                    .add("name", table.name())
                    .add("path", table.file())
                    .add("profile", "tabular-data-resource")
                    .add("format", "csv")
                    .add("mediatype", "text/csv")
                    .add("encoding", "utf-8")
                    .add(
                            "schema",
                            Json.createObjectBuilder()
                                    .add("fields", fields)
                                    .add("primaryKey", "id")
                                    .add("foreignKeys", foreignKeys)));
        }
        JsonObject descriptor = Json.createObjectBuilder()
                .add("profile", "tabular-data-package")
                .add("name", "hsds")
                .add("title", "Open Referral HSDS 3.0")
                .add("version", "3.0")
                .add("resources", resources)
                .build();
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(descriptor);
        }
        return out.toString();
    }

    private static boolean isLinkId(Column column) {
        return column.name().equals("link_id") || column.name().equals("resource_id");
    }

    /** The stream, whose {@code close()} only flushes: the caller's stream stays open. */
    private static OutputStream nonClosing(OutputStream stream) {
        return new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static boolean requiredText(HsdsTables.Table table, String column) {
        return table.column(column)
                .filter(c -> c.required()
                        && c.type() == HsdsTables.Type.STRING
                        && !c.name().equals("id"))
                .isPresent();
    }
}
