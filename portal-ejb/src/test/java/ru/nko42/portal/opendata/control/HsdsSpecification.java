package ru.nko42.portal.opendata.control;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Open Referral HSDS 3.0 specification beside the clone ({@code ../shared/hsds-3.0}, system property
 * {@code hsds.dir}): its examples and compiled schemas, read where they are. Where the folder is absent the tests
 * that need it are skipped, never passed.
 */
final class HsdsSpecification {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private HsdsSpecification() {}

    /** The specification's folder; skips the calling test where it is absent. */
    static Path dir() {
        String property = System.getProperty("hsds.dir");
        Path dir = property == null ? null : Path.of(property);
        assumeTrue(
                dir != null && Files.isDirectory(dir.resolve("schema/compiled")),
                "the HSDS 3.0 specification is not at " + property + " (hsds.dir): skipped");
        return dir;
    }

    static JsonObject example(String name) {
        try (Reader reader = Files.newBufferedReader(dir().resolve("examples").resolve(name))) {
            return Json.createReader(reader).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example CSV tables ({@code examples/csv/*.csv}) zipped as a data package. */
    static byte[] exampleCsvPackage() {
        Path csv = dir().resolve("examples/csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.list(csv)) {
            // datapackage.json there is a link to a file of the specification's repository that is not in the copy
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The header of an example table, or an empty list where the examples have no such table. */
    static List<String> exampleHeader(String file) {
        Path path = dir().resolve("examples/csv").resolve(file);
        if (!Files.exists(path)) {
            return List.of();
        }
        try {
            return List.of(Files.readAllLines(path).get(0).split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The properties of a table in {@code schema/compiled/tabular.json}, in order, without the nested arrays. */
    static List<String> tabularColumns(String table) {
        JsonNode properties =
                tabular().path("properties").path(table).path("items").path("properties");
        return properties.properties().stream()
                .filter(p -> !"array".equals(p.getValue().path("type").asText()))
                .map(Map.Entry::getKey)
                .toList();
    }

    static String tabularPath(String table) {
        return tabular()
                .path("properties")
                .path(table)
                .path("items")
                .path("path")
                .asText();
    }

    static Set<String> tabularTables() {
        Set<String> names = new java.util.LinkedHashSet<>();
        tabular().path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode tabular() {
        return read(dir().resolve("schema/compiled/tabular.json"));
    }

    /**
     * The problems of a document against a compiled schema ({@code service}, {@code organization}) with
     * {@code additionalProperties: false} added to every object, as the specification's own check does
     * ({@link HsdsSchemas}).
     */
    static Set<String> problems(String schema, JsonObject document) {
        dir();
        return HsdsSchemas.errors(HsdsSchemas.find().compiled(schema), document.toString());
    }

    private static JsonNode read(Path path) {
        try {
            return JSON.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
