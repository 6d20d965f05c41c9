package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.TestServer;

/**
 * An ADMIN imports open data in Chromium: uploads a file, watches the progress and reads the report with its
 * refusals, on a desktop and on a 360 pixel phone; creates an API token (shown once), imports with it over HTTP,
 * and revokes it, after which the API answers 401.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ImportBrowserIT {

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void anAdministratorUploadsAFileAndReadsTheReportWithEachRefusal() throws Exception {
        String id = UUID.randomUUID().toString();
        String name = "АНО «Импорт из браузера» " + id.substring(0, 8);
        String file = "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"description\":\"Помогаем\"}\n"
                + "{\"id\": \"broken\n";
        try (Browser browser = Browser.desktop("ru")) {
            OpenDataPages page = new OpenDataPages(browser).logInAsAdministrator();
            assertThat(page.accountPageLinksTo("admin-import")).isTrue();
            assertThat(page.accountPageLinksTo("admin-api-tokens")).isTrue();
            page.openImport();
            page.importFile("records.ndjson", file, true, "kemerovsky-go");
            assertThat(page.progressShown()).isTrue();
            page.waitForReport();

            assertThat(page.count("created")).isEqualTo("1");
            assertThat(page.count("refused")).isEqualTo("1");
            assertThat(page.progressText()).contains("2 из 2").contains("Импорт завершён");
            assertThat(page.refusalRows())
                    .singleElement()
                    .asString()
                    .contains("2")
                    .contains("Строка или элемент списка — не документ JSON.");
            browser.script("document.getElementById('report-heading').scrollIntoView();");
            browser.screenshot("admin-import-report-ru");

            page.openImport();
            page.importFile("records.ndjson", file, true, "kemerovsky-go");
            page.waitForReport();
            assertThat(page.count("created")).isEqualTo("0");
            assertThat(page.count("unchanged")).isEqualTo("1");

            page.openImport();
            page.importFile("table.json", "name;inn\nx;1", true, "kemerovsky-go");
            assertThat(page.fileError()).isEqualTo("Это не JSON и не zip-файл.");
            assertThat(page.progressShown()).isFalse();
        }
    }

    @Test
    void onA360PixelPhoneTheReportFitsTheScreen() throws Exception {
        String id = UUID.randomUUID().toString();
        String file = "[{\"id\":\"" + id + "\",\"name\":\"<script>alert('x')</script>\",\"description\":\"x\"},"
                + "{\"id\":\"" + UUID.randomUUID()
                + "\",\"name\":\"<img src=x onerror=\\\"window.__imported_script_ran=true\\\">"
                + "Услуга без организации\",\"status\":\"active\","
                + "\"organization_id\":\"" + UUID.randomUUID() + "\"}]";
        try (Browser browser = Browser.phone("ru")) {
            OpenDataPages page = new OpenDataPages(browser).logInAsAdministrator();
            page.openImport();
            assertThat(page.pageWidth()).isLessThanOrEqualTo(360);
            page.importFile("list.json", file, false, "kemerovsky-go");
            page.waitForReport();

            assertThat(page.count("created")).isEqualTo("1");
            assertThat(page.refusalRows())
                    .singleElement()
                    .asString()
                    .contains("<img src=x onerror=\"window.__imported_script_ran=true\">Услуга без организации")
                    .contains("Организация услуги не найдена ни на портале, ни в файле.");
            assertThat(browser.script("return window.__imported_script_ran === true;"))
                    .as("a name is shown as text, never run")
                    .isEqualTo(false);
            assertThat(page.pageWidth()).isLessThanOrEqualTo(360);
            browser.script("document.getElementById('report-heading').scrollIntoView();");
            browser.screenshot("admin-import-report-phone-ru");
        }
    }

    @Test
    void theApiImportsWithATokenUntilItIsRevoked() throws Exception {
        String tokenName = "Справочная 211 " + UUID.randomUUID().toString().substring(0, 8);
        String id = UUID.randomUUID().toString();
        String body =
                "{\"id\":\"" + id + "\",\"name\":\"Фонд из API " + id.substring(0, 8) + "\",\"description\":\"x\"}";
        try (Browser browser = Browser.desktop("ru")) {
            OpenDataPages page = new OpenDataPages(browser).logInAsAdministrator();
            page.openTokens();
            String token = page.createToken(tokenName);
            assertThat(token).hasSize(43);
            assertThat(page.tokenRow(tokenName)).contains("действует").contains("ни разу");
            browser.screenshot("admin-api-tokens-ru");

            assertThat(post(null, body).statusCode()).isEqualTo(401);
            assertThat(post("wrong-" + token, body).statusCode()).isEqualTo(401);
            HttpResponse<String> mislabelled = post(token, body, "application/zip");
            assertThat(mislabelled.statusCode()).isEqualTo(400);
            assertThat(mislabelled.body()).contains("import.error.contentType");
            HttpResponse<String> imported = post(token, body);
            assertThat(imported.statusCode()).isEqualTo(200);
            assertThat(imported.body()).contains("\"created\":1").contains("\"refused\":0");

            page.openTokens();
            assertThat(page.tokenRow(tokenName)).doesNotContain("ни разу");
            page.revoke(tokenName);
            assertThat(page.tokenRow(tokenName)).contains("отозван");
            assertThat(page.pageText()).doesNotContain(token);

            HttpResponse<String> refused = post(token, body);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        }
    }

    private static HttpResponse<String> post(String token, String body) throws Exception {
        return post(token, body, "application/json");
    }

    private static HttpResponse<String> post(String token, String body, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(TestServer.page("/api/hsds/import?publish=true&municipality=kemerovsky-go")
                                .toString()))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
