package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.opendata.control.HsdsDataPackage;
import ru.nko42.portal.opendata.control.HsdsSchemas;

/**
 * Every document the portal's HSDS API and its JSON download give validates against the HSDS 3.0 schemas of
 * {@code shared/hsds-3.0} closed with {@code additionalProperties: false}, as the specification's own check does; the
 * specification's examples prove the validator accepts valid documents and rejects broken ones. Skipped where the
 * specification is not beside the project.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenDataConformanceIT {

    private static final String FIXTURE = "opendata-conformance-fixture";
    private static final String API = "/api/hsds";

    @Deployment(testable = false)
    static WebArchive fixture() {
        return Deployments.persistenceWar(FIXTURE)
                .addClasses(HsdsApiFixture.class, HsdsApiFixture.Made.class, HsdsApiFixtureServlet.class);
    }

    private final OpenDataHttp http = new OpenDataHttp(FIXTURE);

    private static HsdsSchemas schemas() {
        HsdsSchemas schemas = HsdsSchemas.find();
        assumeTrue(schemas != null, "the HSDS 3.0 specification (shared/hsds-3.0) is not beside the project");
        return schemas;
    }

    @Test
    void theValidatorAcceptsTheSpecificationsExamplesAndRejectsBrokenDocuments() {
        HsdsSchemas hsds = schemas();
        assertValid(
                hsds.compiled("service"),
                hsds.read("examples/service_full.json").toString());
        assertValid(
                hsds.compiled("organization"),
                hsds.read("examples/organization_full.json").toString());
        assertValid(
                hsds.compiled("service_at_location"),
                hsds.read("examples/service_at_location_full.json").toString());
        assertValid(
                hsds.page(hsds.compiledTree("service_list")),
                hsds.read("examples/service_list.json").toString());

        ObjectNode extra = (ObjectNode) hsds.read("examples/service_full.json");
        ((ObjectNode) extra.get("service_at_locations").get(0).get("location")).put("postcode", "650000");
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), extra.toString()))
                .as("a property the schema does not have")
                .isNotEmpty();
        ObjectNode wrongId = (ObjectNode) hsds.read("examples/organization_full.json");
        wrongId.put("id", "42");
        assertThat(HsdsSchemas.errors(hsds.compiled("organization"), wrongId.toString()))
                .as("an id that is no UUID")
                .isNotEmpty();
        ObjectNode noStatus = (ObjectNode) hsds.read("examples/service_full.json");
        noStatus.remove("status");
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), noStatus.toString()))
                .as("a required field left out")
                .isNotEmpty();
        ObjectNode badEmail = (ObjectNode) hsds.read("examples/service_full.json");
        badEmail.put("email", "написать нам");
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), badEmail.toString()))
                .as("an e-mail address that is none")
                .isNotEmpty();
        ObjectNode badTime = (ObjectNode) hsds.read("examples/service_full.json");
        badTime.put("last_modified", "вчера");
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), badTime.toString()))
                .as("a date-time that is none")
                .isNotEmpty();
    }

    @Test
    void everyEndpointAnswersWithValidHsds() throws Exception {
        HsdsSchemas hsds = schemas();
        String word = OpenDataHttp.uniqueWord();
        JsonNode made = http.directory(word, 55.3547, 86.0873);
        String organization = made.get("organization").asText();
        String near = made.get("near").asText();

        assertValid(
                hsds.at("schema/openapi.json", "/paths/~1/get/responses/200/content/application~1json/schema"),
                http.json(API + "/"));

        JsonSchema servicePage = hsds.page(hsds.compiledTree("service_list"));
        JsonSchema fullServicePage = hsds.page(hsds.compiledTree("service"));
        JsonSchema minimalPage = hsds.page(HsdsSchemas.requiring(hsds.compiledTree("service_list"), "id"));
        String ofOrganization = "?organization_id=" + organization;
        assertPage(servicePage, API + "/services" + ofOrganization, 2);
        assertPage(fullServicePage, API + "/services" + ofOrganization + "&full=true", 2);
        assertPage(minimalPage, API + "/services" + ofOrganization + "&minimal=true", 2);
        assertThat(http.tree(API + "/services" + ofOrganization + "&minimal=true")
                        .get("contents")
                        .get(0)
                        .fieldNames())
                .toIterable()
                .containsExactly("id", "last_modified");
        assertPage(servicePage, API + "/services?per_page=20", -1);
        assertPage(fullServicePage, API + "/services?per_page=20&full=true", -1);
        assertPage(servicePage, API + "/services?search=" + OpenDataHttp.encode(word), 2);
        assertValid(hsds.compiled("service"), http.json(API + "/services/" + near));
        assertValid(
                hsds.compiled("service"),
                http.json(API + "/services/" + made.get("far").asText()));

        JsonSchema organizationPage = hsds.page(hsds.compiledTree("organization_list"));
        JsonSchema fullOrganizationPage = hsds.page(hsds.compiledTree("organization"));
        String byName = "?search=" + OpenDataHttp.encode(word);
        assertPage(organizationPage, API + "/organizations" + byName, 1);
        assertPage(fullOrganizationPage, API + "/organizations" + byName + "&full=true", 1);
        assertPage(fullOrganizationPage, API + "/organizations" + byName + "&full=true&full_service=true", 1);
        assertPage(organizationPage, API + "/organizations?per_page=20", -1);
        assertPage(fullOrganizationPage, API + "/organizations?per_page=20&full=true", -1);
        assertValid(hsds.compiled("organization"), http.json(API + "/organizations/" + organization));
        assertValid(
                hsds.compiled("organization"),
                http.json(API + "/organizations/" + organization + "?full_service=true"));

        assertPage(
                hsds.page(hsds.compiledTree("service_at_location_list")),
                API + "/service_at_locations" + ofOrganization,
                2);
        assertPage(
                hsds.page(hsds.compiledTree("service_at_location")),
                API + "/service_at_locations" + ofOrganization + "&full=true",
                2);
        assertPage(
                hsds.page(hsds.compiledTree("service_at_location_list")),
                API + "/service_at_locations?per_page=20",
                -1);
        String place = http.tree(API + "/service_at_locations" + ofOrganization)
                .get("contents")
                .get(0)
                .get("id")
                .asText();
        assertValid(hsds.compiled("service_at_location"), http.json(API + "/service_at_locations/" + place));

        JsonSchema taxonomyPage = hsds.page(hsds.taxonomyTree());
        JsonSchema termPage = hsds.page(hsds.termTree());
        JsonNode taxonomies = http.tree(API + "/taxonomies");
        assertValid(taxonomyPage, taxonomies.toString());
        assertThat(taxonomies.get("total_items").asInt()).isEqualTo(3);
        for (JsonNode taxonomy : taxonomies.get("contents")) {
            assertValid(
                    hsds.schemaOf(hsds.taxonomyTree()),
                    http.json(API + "/taxonomies/" + taxonomy.get("id").asText()));
            JsonNode terms = http.tree(API + "/taxonomy_terms?per_page=500&taxonomy_id="
                    + taxonomy.get("id").asText());
            assertValid(termPage, terms.toString());
            assertThat(terms.get("total_items").asInt()).isPositive();
            assertValid(
                    hsds.schemaOf(hsds.termTree()),
                    http.json(API + "/taxonomy_terms/"
                            + terms.get("contents").get(0).get("id").asText()));
        }
        assertPage(termPage, API + "/taxonomy_terms", -1);

        JsonNode export = HsdsSchemas.tree(http.json(API + "/export/services.json"));
        assertThat(export.isArray()).isTrue();
        List<String> exported = new ArrayList<>();
        JsonSchema service = hsds.compiled("service");
        for (JsonNode document : export) {
            assertValid(service, document.toString());
            exported.add(document.get("id").asText());
        }
        assertThat(exported)
                .contains(near, made.get("far").asText())
                .doesNotContain(
                        made.get("archived").asText(), made.get("hiddenService").asText())
                .doesNotHaveDuplicates();
        assertThat(UUID.fromString(near)).isNotNull();

        JsonNode contents = http.packageContents();
        List<String> packaged = new ArrayList<>();
        for (JsonNode document : contents.get("services")) {
            assertValid(service, document.toString());
            assertThat(document.has("organization")).isFalse();
            packaged.add(document.get("id").asText());
        }
        assertThat(packaged)
                .contains(near, made.get("far").asText())
                .doesNotContain(made.get("archived").asText());
        List<String> organizations = new ArrayList<>();
        JsonSchema organizationSchema = hsds.compiled("organization");
        for (JsonNode document : contents.get("organizations")) {
            assertValid(organizationSchema, document.toString());
            organizations.add(document.get("id").asText());
        }
        assertThat(organizations)
                .contains(organization)
                .doesNotContain(made.get("hiddenOrganization").asText());

        HsdsDataPackage.Contents downloaded = HsdsDataPackage.read(
                new ByteArrayInputStream(http.bytes(API + "/export/datapackage.zip", "application/zip")));
        List<String> zipped = new ArrayList<>();
        for (jakarta.json.JsonObject document : downloaded.services()) {
            assertValid(service, document.toString());
            zipped.add(document.getString("id"));
        }
        assertThat(zipped).as("the services of the CSV data package").containsExactlyInAnyOrderElementsOf(packaged);
        assertThat(downloaded.organizations())
                .extracting(document -> document.getString("id"))
                .as("the organizations of the CSV data package")
                .containsExactlyInAnyOrderElementsOf(organizations);
    }

    /** The page validates; with {@code items} 0 or more, it holds that many in all. */
    private void assertPage(JsonSchema schema, String path, int items) throws Exception {
        String body = http.json(path);
        assertValid(schema, body);
        if (items >= 0) {
            assertThat(HsdsSchemas.tree(body).get("total_items").asInt())
                    .as(path)
                    .isEqualTo(items);
        }
    }

    private static void assertValid(JsonSchema schema, String document) {
        assertThat(HsdsSchemas.errors(schema, document)).as(document).isEmpty();
    }
}
