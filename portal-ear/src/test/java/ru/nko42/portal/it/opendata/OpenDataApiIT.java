package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import ru.nko42.portal.opendata.control.HsdsIds;
import ru.nko42.portal.opendata.control.HsdsSchemas;

/**
 * The HSDS API of the real portal over HTTP: filters combine and page with the spec's totals, only published data is
 * in it, answers carry ETag (304 on a match), Cache-Control and open CORS, malformed parameters get a 400 that says
 * which and unknown ids a JSON 404, and the OpenAPI document and its Swagger UI page are served.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenDataApiIT {

    private static final String FIXTURE = "opendata-api-fixture";
    private static final String API = "/api/hsds";

    @Deployment(testable = false)
    static WebArchive fixture() {
        return Deployments.persistenceWar(FIXTURE)
                .addClasses(HsdsApiFixture.class, HsdsApiFixture.Made.class, HsdsApiFixtureServlet.class);
    }

    private final OpenDataHttp http = new OpenDataHttp(FIXTURE);

    @Test
    void filtersCombineAndPageWithTotals() throws Exception {
        Instant before = Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String word = OpenDataHttp.uniqueWord();
        JsonNode made = http.directory(word, 55.3547, 86.0873);
        String organization = made.get("organization").asText();
        String near = made.get("near").asText();
        String far = made.get("far").asText();
        String household = HsdsIds.term(HsdsIds.TYPES, "household").toString();
        String legal = HsdsIds.term(HsdsIds.TYPES, "legal").toString();

        assertThat(ids("/services?search=" + OpenDataHttp.encode(word))).containsExactly(near, far);
        assertThat(ids("/services?search=" + OpenDataHttp.encode(word) + "&taxonomy_term_id=" + legal))
                .containsExactly(far);
        assertThat(ids("/services?search=" + OpenDataHttp.encode(word) + "&organization_id=" + organization
                        + "&taxonomy_term_id=" + household + "&modified_after=" + before + "&proximity=55.36,86.09,5"))
                .containsExactly(near);
        assertThat(ids("/services?organization_id=" + organization + "&proximity=53.76,87.11,3"))
                .containsExactly(far);
        assertThat(ids("/services?organization_id=" + organization + "&proximity=55.36,86.09"))
                .as("10 km by default")
                .containsExactly(near);
        assertThat(ids("/services?organization_id=" + organization + "&taxonomy_id=" + HsdsIds.taxonomy(HsdsIds.FORMS)))
                .containsExactly(near, far);
        assertThat(ids("/services?organization_id=" + organization + "&modified_after="
                        + Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)))
                .isEmpty();
        assertThat(ids("/services?organization_id=" + organization + "&taxonomy_term_id=" + UUID.randomUUID()))
                .isEmpty();
        List<String> places = new ArrayList<>();
        http.tree(API + "/service_at_locations?organization_id=" + organization + "&proximity=55.36,86.09,5")
                .get("contents")
                .forEach(place -> places.add(place.get("location_id").asText()));
        assertThat(places).containsExactly(made.get("nearLocation").asText());

        JsonNode second = http.tree(API + "/services?organization_id=" + organization + "&per_page=1&page=2");
        assertThat(second.get("total_items").asInt()).isEqualTo(2);
        assertThat(second.get("total_pages").asInt()).isEqualTo(2);
        assertThat(second.get("page_number").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(1);
        assertThat(second.get("first_page").asBoolean()).isFalse();
        assertThat(second.get("last_page").asBoolean()).isTrue();
        assertThat(second.get("empty").asBoolean()).isFalse();
        assertThat(second.get("contents").get(0).get("id").asText()).isEqualTo(far);
        JsonNode first = http.tree(API + "/services?organization_id=" + organization + "&per_page=1");
        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();
        assertThat(first.get("contents").get(0).get("id").asText()).isEqualTo(near);
        JsonNode none = http.tree(API + "/services?organization_id="
                + made.get("hiddenOrganization").asText());
        assertThat(none.get("total_items").asInt()).isZero();
        assertThat(none.get("empty").asBoolean()).isTrue();
    }

    @Test
    void onlyPublishedDataIsOpen() throws Exception {
        String word = OpenDataHttp.uniqueWord();
        JsonNode made = http.directory(word, 55.3547, 86.0873);

        for (String hidden : List.of(
                "/services/" + made.get("archived").asText(),
                "/services/" + made.get("hiddenService").asText(),
                "/organizations/" + made.get("hiddenOrganization").asText(),
                "/services/" + UUID.randomUUID(),
                "/services/not-a-uuid",
                "/taxonomy_terms/" + UUID.randomUUID(),
                "/service_at_locations/" + UUID.randomUUID())) {
            HttpResponse<String> response = http.get(API + hidden);
            assertThat(response.statusCode()).as(hidden).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
            assertThat(HsdsSchemas.tree(response.body()).get("status").asInt()).isEqualTo(404);
        }
        JsonNode organizations = http.tree(API + "/organizations?search=" + OpenDataHttp.encode(word));
        assertThat(organizations.get("total_items").asInt()).isEqualTo(1);
        assertThat(organizations.get("contents").get(0).get("id").asText())
                .isEqualTo(made.get("organization").asText());
        String organization =
                http.json(API + "/organizations/" + made.get("organization").asText());
        assertThat(organization)
                .contains(made.get("near").asText(), made.get("far").asText())
                .doesNotContain(made.get("archived").asText());
        assertThat(HsdsSchemas.tree(organization)
                        .get("organization_identifiers")
                        .findValuesAsText("identifier_scheme"))
                .containsExactly("RU-INN", "RU-OGRN");
        String export = http.json(API + "/export/services.json");
        assertThat(export)
                .contains(made.get("near").asText())
                .doesNotContain(
                        made.get("archived").asText(), made.get("hiddenService").asText(), "Тень " + word);
    }

    @Test
    void answersAreCachedByETagAndOpenToOtherSites() throws Exception {
        JsonNode made = http.directory(OpenDataHttp.uniqueWord(), 55.3547, 86.0873);
        String path = API + "/services/" + made.get("near").asText();

        HttpResponse<String> first = http.get(path, "Origin", "https://help-line.example");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(HsdsSchemas.tree(first.body()).get("name").asText()).startsWith("Помощь на дому ");

        HttpResponse<String> again = http.get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(http.get(path, "If-None-Match", "\"something-else\"").statusCode())
                .isEqualTo(200);
        HttpResponse<String> list = http.get(API + "/services?per_page=1");
        assertThat(list.headers().firstValue("ETag")).isPresent();
        assertThat(http.get(
                                API + "/services?per_page=1",
                                "If-None-Match",
                                list.headers().firstValue("ETag").get())
                        .statusCode())
                .isEqualTo(304);

        HttpResponse<String> preflight = http.options(
                API + "/services", "Origin", "https://help-line.example", "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isBetween(200, 204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("*");
        assertThat(preflight
                        .headers()
                        .firstValue("Access-Control-Allow-Methods")
                        .orElse(""))
                .contains("GET")
                .doesNotContain("POST");

        HttpResponse<String> download = http.get(API + "/export/services.json");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .startsWith("attachment")
                .contains(".json");
    }

    @Test
    void malformedParametersAreRefusedWithWhatIsWrong() throws Exception {
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"/services?page=0", "page"});
        cases.add(new String[] {"/services?page=abc", "page"});
        cases.add(new String[] {"/services?per_page=100000", "per_page"});
        cases.add(new String[] {"/services?modified_after=yesterday", "modified_after"});
        cases.add(new String[] {"/services?proximity=55.3", "proximity"});
        cases.add(new String[] {"/services?proximity=95,86,5", "proximity"});
        cases.add(new String[] {"/services?taxonomy_term_id=household", "taxonomy_term_id"});
        cases.add(new String[] {"/services?full=maybe", "full"});
        cases.add(new String[] {"/organizations?per_page=-1", "per_page"});
        cases.add(new String[] {"/service_at_locations?postcode=650000", "postcode"});
        cases.add(new String[] {"/taxonomy_terms?format=xml", "format"});
        for (String[] bad : cases) {
            HttpResponse<String> response = http.get(API + bad[0]);
            assertThat(response.statusCode()).as(bad[0]).isEqualTo(400);
            JsonNode error = HsdsSchemas.tree(response.body());
            assertThat(error.get("status").asInt()).isEqualTo(400);
            assertThat(error.get("message").asText()).as(bad[0]).contains(bad[1]);
        }
    }

    @Test
    void theApiIsDescribedAndBrowsable() throws Exception {
        JsonNode meta = http.tree(API + "/");
        assertThat(meta.get("version").asText()).isEqualTo("3.0");
        String openapiUrl = meta.get("openapi_url").asText();
        assertThat(openapiUrl).endsWith("/openapi");

        HttpResponse<String> openapi = http.get("/openapi?format=JSON");
        assertThat(openapi.statusCode()).isEqualTo(200);
        JsonNode document = HsdsSchemas.tree(openapi.body());
        assertThat(document.get("paths").has(API + "/services")).isTrue();
        assertThat(document.get("paths").has(API + "/services/{id}")).isTrue();
        assertThat(document.get("paths").has(API + "/taxonomy_terms")).isTrue();
        assertThat(document.get("paths")
                        .get(API + "/services")
                        .get("get")
                        .get("parameters")
                        .findValuesAsText("name"))
                .contains(
                        "search",
                        "taxonomy_term_id",
                        "organization_id",
                        "modified_after",
                        "proximity",
                        "page",
                        "per_page",
                        "minimal",
                        "full");

        HttpResponse<String> docs = http.get("/api/docs/");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui-bundle.js", "id=\"swagger-ui\"");
        assertThat(http.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").statusCode())
                .isEqualTo(200);
        assertThat(http.get("/api/docs/docs.js").body()).contains("/openapi");
    }

    private List<String> ids(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        http.tree(API + query)
                .get("contents")
                .forEach(document -> ids.add(document.get("id").asText()));
        return ids;
    }
}
