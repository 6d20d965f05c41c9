package ru.nko42.portal.opendata.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The HSDS 3.0 schemas of {@code shared/hsds-3.0} (system property {@code hsds.dir}) as the specification's own check
 * uses them: compiled, with {@code additionalProperties: false} added to every object schema, the specification's
 * own keywords ({@code core}, {@code constraints}, {@code datapackage_metadata}, ...) ignored and formats (uuid,
 * date-time, uri, email) asserted.
 */
public final class HsdsSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> OWN_KEYWORDS =
            List.of("core", "constraints", "datapackage_metadata", "datapackage_type", "name", "example", "order");

    private final Path folder;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private HsdsSchemas(Path folder) {
        this.folder = folder;
        JsonMetaSchema.Builder meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012());
        OWN_KEYWORDS.forEach(keyword -> meta.keyword(new NonValidationKeyword(keyword)));
        meta.format(new Mailbox());
        JsonMetaSchema metaSchema = meta.build();
        this.factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(metaSchema).defaultMetaSchemaIri(metaSchema.getIri()));
    }

    /** The folder of the specification, or null where it is not beside the project. */
    public static HsdsSchemas find() {
        String dir = System.getProperty("hsds.dir", "../../shared/hsds-3.0");
        Path folder = Path.of(dir);
        return Files.isRegularFile(folder.resolve("schema/compiled/service.json")) ? new HsdsSchemas(folder) : null;
    }

    public Path folder() {
        return folder;
    }

    /** A compiled schema ({@code service}, {@code service_list}, ...), closed. */
    public JsonSchema compiled(String name) {
        return schema(read("schema/compiled/" + name + ".json"));
    }

    /** A schema within a compiled one, by JSON pointer (the taxonomy term nested in a service's attributes, say). */
    public JsonSchema within(String name, String pointer) {
        return schema(read("schema/compiled/" + name + ".json").at(pointer).deepCopy());
    }

    /** The compiled schema with fewer required fields (the minimal service: id and last_modified). */
    public JsonSchema requiring(String name, String... required) {
        ObjectNode tree = (ObjectNode) read("schema/compiled/" + name + ".json");
        ArrayNode fields = tree.putArray("required");
        for (String field : required) {
            fields.add(field);
        }
        return schema(tree);
    }

    /** The tree of a compiled schema ({@code service}, ...), as the specification has it. */
    public JsonNode compiledTree(String name) {
        return read("schema/compiled/" + name + ".json");
    }

    /** The schema at a JSON pointer of a file of the specification (the meta document's in openapi.json, say). */
    public JsonSchema at(String relative, String pointer) {
        return schema(read(relative).at(pointer).deepCopy());
    }

    /**
     * A page of the API ({@code components/schemas/Page} of openapi.json), every field of it required, its
     * {@code contents} an array of documents of the item schema.
     */
    public JsonSchema page(JsonNode item) {
        ObjectNode page = (ObjectNode)
                read("schema/openapi.json").at("/components/schemas/Page").deepCopy();
        ObjectNode contents = ((ObjectNode) page.get("properties")).putObject("contents");
        contents.put("type", "array");
        contents.set("items", item.deepCopy());
        ArrayNode required = page.putArray("required");
        page.get("properties").fieldNames().forEachRemaining(required::add);
        return schema(page);
    }

    /** The taxonomy term schema, as a service's attribute nests it (taxonomy_term.json with its taxonomy inlined). */
    public JsonNode termTree() {
        return compiledTree("service").at("/properties/attributes/items/properties/taxonomy_term");
    }

    /** The taxonomy schema, as a term nests it. */
    public JsonNode taxonomyTree() {
        return termTree().at("/properties/taxonomy_detail");
    }

    /** The tree with fewer required fields. */
    public static JsonNode requiring(JsonNode tree, String... fields) {
        ObjectNode copy = (ObjectNode) tree.deepCopy();
        ArrayNode required = copy.putArray("required");
        for (String field : fields) {
            required.add(field);
        }
        return copy;
    }

    public JsonSchema schemaOf(JsonNode tree) {
        return schema(tree);
    }

    public JsonNode read(String relative) {
        try {
            return MAPPER.readTree(Files.readString(folder.resolve(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is wrong with the document, one line each; empty when it is valid. */
    public static Set<String> errors(JsonSchema schema, String json) {
        return schema.validate(tree(json)).stream()
                .map(ValidationMessage::getMessage)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private JsonSchema schema(JsonNode tree) {
        return factory.getSchema(closed(tree.deepCopy()), config);
    }

    /**
     * The {@code email} format as JSON Schema defines it: an RFC 5321 mailbox, by its syntax. (The validator's own
     * also wants a top-level domain it knows, which refuses reserved ones such as {@code .example}.)
     */
    private static final class Mailbox implements Format {

        private static final Pattern MAILBOX = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
                + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,62}");

        @Override
        public String getName() {
            return "email";
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return MAILBOX.matcher(value).matches();
        }
    }

    /** Adds {@code additionalProperties: false} to every schema that lists properties, all the way down. */
    public static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.set("additionalProperties", BooleanNode.FALSE);
            }
            object.remove("$schema");
            object.remove("$id");
            object.forEach(HsdsSchemas::closed);
        } else if (node instanceof ArrayNode array) {
            array.forEach(HsdsSchemas::closed);
        }
        return node;
    }
}
