package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.Asset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.TestServer;
import ru.nko42.portal.opendata.control.HsdsDataPackage;
import ru.nko42.portal.opendata.control.HsdsSchemas;

/**
 * The round trip of open data through the real EAR: the specification's examples imported through
 * {@code POST /api/hsds/import} with an ADMIN's token, exported again by the API and in the CSV data package, are
 * valid HSDS 3.0 (the compiled schemas closed with {@code additionalProperties: false}) and keep their core fields.
 * Skipped where the specification is not beside the project.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HsdsRoundTripIT {

    private static final String FIXTURE = "hsds-round-trip-fixture";
    private static final String API = "/api/hsds";

    /** What an import keeps of a service, by JSON pointer: the fields the portal has a place for. */
    private static final List<String> SERVICE_CORE = List.of(
            "/id",
            "/name",
            "/description",
            "/url",
            "/email",
            "/status",
            "/application_process",
            "/eligibility_description",
            "/minimum_age",
            "/maximum_age",
            "/organization/id",
            "/organization/name",
            "/organization/description",
            "/organization/email",
            "/organization/website",
            "/service_at_locations/0/location/id",
            "/service_at_locations/0/location/name",
            "/fees_description");

    private static final List<String> ORGANIZATION_CORE = List.of("/id", "/name", "/description", "/email", "/website");

    @Deployment(testable = false)
    static WebArchive fixture() throws Exception {
        // the servlet acts as an ADMIN through AsAccount, whose signatures name ShrinkWrap's API: a deployment that
        // is no test (testable = false) does not get it from Arquillian
        File shrinkWrapApi = new File(
                Asset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return OpenDataDeployments.importWar(FIXTURE)
                .addClass(RoundTripTokenServlet.class)
                .addAsLibrary(shrinkWrapApi);
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final OpenDataHttp api = new OpenDataHttp(FIXTURE);

    @Test
    void theExamplesImportedComeBackValidWithTheirCoreFields() throws Exception {
        HsdsSchemas hsds = HsdsSchemas.find();
        assumeTrue(hsds != null, "the HSDS 3.0 specification (shared/hsds-3.0) is not beside the project");
        JsonNode service = hsds.read("examples/service_full.json");
        JsonNode organization = hsds.read("examples/organization_full.json");
        String token = token();

        JsonNode first = importing(service.toString(), token);
        assertThat(first.get("refused").asInt()).as(first.toString()).isZero();
        JsonNode again = importing(service.toString(), token);
        assertThat(again.get("unchanged").asInt())
                .as("a re-import: " + again)
                .isEqualTo(again.get("total").asInt());
        assertThat(again.get("created").asInt() + again.get("updated").asInt()).isZero();
        JsonNode second = importing(organization.toString(), token);
        assertThat(second.get("refused").asInt()).as(second.toString()).isZero();

        String exportedService = api.json(API + "/services/" + service.get("id").asText());
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), exportedService))
                .isEmpty();
        assertCore(service, HsdsSchemas.tree(exportedService), SERVICE_CORE);
        assertThat(HsdsSchemas.tree(exportedService)
                        .at("/cost_options/0/option")
                        .asText())
                .as("a price in pounds is kept as text, never as roubles")
                .endsWith("35 GBP");
        assertThat(HsdsSchemas.tree(exportedService).at("/phones/0/number").asText())
                .as("the phone number, its quotes dropped")
                .startsWith("+44 1234 234567");

        String exportedOrganization =
                api.json(API + "/organizations/" + organization.get("id").asText());
        assertThat(HsdsSchemas.errors(hsds.compiled("organization"), exportedOrganization))
                .isEmpty();
        assertCore(organization, HsdsSchemas.tree(exportedOrganization), ORGANIZATION_CORE);

        HsdsDataPackage.Contents zipped = HsdsDataPackage.read(
                new ByteArrayInputStream(api.bytes(API + "/export/datapackage.zip", "application/zip")));
        JsonNode packaged = zipped.services().stream()
                .filter(document ->
                        document.getString("id").equals(service.get("id").asText()))
                .map(document -> HsdsSchemas.tree(document.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the imported service is not in the data package"));
        assertThat(HsdsSchemas.errors(hsds.compiled("service"), packaged.toString()))
                .isEmpty();
        assertCore(
                service,
                packaged,
                SERVICE_CORE.stream()
                        .filter(pointer -> !pointer.startsWith("/organization/"))
                        .toList());
        assertThat(packaged.get("organization_id").asText())
                .isEqualTo(service.at("/organization/id").asText());
    }

    private static void assertCore(JsonNode expected, JsonNode actual, List<String> pointers) {
        for (String pointer : pointers) {
            JsonNode want = expected.at(pointer);
            JsonNode got = actual.at(pointer);
            if (want.isNumber() && got.isNumber()) {
                assertThat(got.decimalValue()).as(pointer).isEqualByComparingTo(want.decimalValue());
            } else {
                // the portal keeps texts without their leading and trailing spaces
                assertThat(got.asText()).as(pointer).isEqualTo(want.asText().strip());
            }
        }
    }

    private String token() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TestServer.page("/" + FIXTURE + "/token"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip();
    }

    private JsonNode importing(String document, String token) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TestServer.page(API + "/import?publish=true&municipality=kemerovsky-go"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(document, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HsdsSchemas.tree(response.body());
    }
}
