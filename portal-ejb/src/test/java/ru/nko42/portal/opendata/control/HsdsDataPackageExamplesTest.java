package ru.nko42.portal.opendata.control;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nko42.portal.opendata.control.JsonPruning.without;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Reads the specification's example data package ({@code examples/csv}) and holds what it gives against the
 * specification's example documents and compiled schemas. Skipped where the specification is absent.
 */
class HsdsDataPackageExamplesTest {

    private static HsdsDataPackage.Contents exampleContents() throws IOException {
        return HsdsDataPackage.read(new ByteArrayInputStream(HsdsSpecification.exampleCsvPackage()));
    }

    @Test
    void theExampleServiceIsReadAsTheExampleDocumentHasIt() throws IOException {
        HsdsDataPackage.Contents contents = exampleContents();
        assertThat(contents.services()).hasSize(1);

        JsonObject read = contents.services().get(0);
        JsonObject expected = HsdsSpecification.example("service_full.json");
        // Where the example tables and the example document do not correspond: the organization and program are
        // documents of their own in the package (the service keeps their ids); the example attribute and metadata
        // rows link to ids of no record; the example contact links to another service-at-location than the one
        // the document nests it in.
        JsonObject comparable =
                without(expected, "organization", "program", "attributes", "metadata", "service_at_locations.contacts");
        JsonObject comparableRead = without(
                read,
                "organization_id",
                "program_id",
                // the example location row names an organization of its own, which the document leaves out
                "service_at_locations.location.organization_id");

        assertThat(comparableRead).isEqualTo(comparable);
        assertThat(read.getString("organization_id")).isEqualTo("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
        assertThat(read.getString("program_id")).isEqualTo("e7ec2e57-4540-43fa-b2c7-6be5a0ef7f42");
        // numbers are numbers, with the values of the document
        assertThat(read.getJsonNumber("minimum_age").intValue()).isEqualTo(12);
        assertThat(read.getJsonArray("phones")
                        .getJsonObject(0)
                        .getJsonNumber("extension")
                        .intValue())
                .isEqualTo(100);
        // the quotes inside a quoted value survive
        assertThat(read.getJsonArray("phones").getJsonObject(0).getString("number"))
                .isEqualTo("\"+44 1234 234567\"");
    }

    @Test
    void theExampleOrganizationIsReadAsTheExampleDocumentHasIt() throws IOException {
        HsdsDataPackage.Contents contents = exampleContents();
        assertThat(contents.organizations()).hasSize(1);

        JsonObject read = contents.organizations().get(0);
        JsonObject expected = HsdsSpecification.example("organization_full.json");
        // services are documents of their own; the example contact and location rows link to another
        // organization's id than the example's
        JsonObject comparable = without(expected, "services", "contacts", "locations");
        // the example document leaves out the tax id the example row has
        assertThat(without(read, "tax_id")).isEqualTo(comparable);
        assertThat(read.getJsonNumber("year_incorporated").intValue()).isEqualTo(2011);
    }

    @Test
    void whatIsReadFromTheExamplesValidatesAgainstTheCompiledSchemasWithNoAdditionalProperties() throws IOException {
        HsdsDataPackage.Contents contents = exampleContents();

        for (JsonObject service : contents.services()) {
            assertThat(HsdsSpecification.problems("service", service)).isEmpty();
        }
        for (JsonObject organization : contents.organizations()) {
            assertThat(HsdsSpecification.problems("organization", organization)).isEmpty();
        }
    }

    @Test
    void theValidationRefusesAnUnknownProperty() {
        JsonObject service = jakarta.json.Json.createObjectBuilder(HsdsSpecification.example("service_full.json"))
                .add("colour", "green")
                .build();

        assertThat(HsdsSpecification.problems("service", service)).isNotEmpty();
    }

    @Test
    void theWrittenTablesHaveTheSpecificationsFilesAndHeaders() throws IOException {
        var zip = new java.io.ByteArrayOutputStream();
        HsdsDataPackage.write(new HsdsDataPackage.Contents(java.util.List.of(), java.util.List.of()), zip);
        var headers = HsdsDataPackageFormatTest.headers(zip.toByteArray());

        assertThat(headers.keySet()).contains(HsdsDataPackage.DESCRIPTOR);
        for (String table : HsdsSpecification.tabularTables()) {
            String file = HsdsSpecification.tabularPath(table);
            assertThat(headers).containsKey(file);
            assertThat(headers.get(file)).as(file).isEqualTo(HsdsSpecification.tabularColumns(table));
            if (!HsdsSpecification.exampleHeader(file).isEmpty()) {
                assertThat(headers.get(file)).as(file).isEqualTo(HsdsSpecification.exampleHeader(file));
            }
        }
        assertThat(headers).hasSize(HsdsSpecification.tabularTables().size() + 1);
    }
}
