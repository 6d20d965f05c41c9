package ru.nko42.portal.it.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.TestServer;

/** The real EAR over HTTP: languages, error pages, headers and readiness. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class PortalPagesIT {

    private static final String STACK_TRACE = "Exception: |Caused by|\\bat (java|jakarta|org|com|ru)\\.";
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void theHomePageIsServedAtTheRootInRussianByDefault() throws Exception {
        var home = get("/", null);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("lang=\"ru\"")
                .contains("Ресурсный центр НКО Кузбасса")
                .contains("href=\"/municipality?code=kemerovsky-go\">Кемеровский городской округ</a>")
                .contains("муниципальных образований");
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("charset=UTF-8"));
    }

    @Test
    void anEnglishBrowserGetsEnglish() throws Exception {
        var home = get("/", "en-GB,en;q=0.9");

        assertThat(home.body())
                .contains("lang=\"en\"")
                .contains("Kuzbass NGO Resource Centre")
                .contains(">Kemerovo urban okrug</a>");
    }

    @Test
    void theChosenLanguageIsRememberedOverTheBrowsers() throws Exception {
        var home = get("/", "ru");
        String viewState = viewState(home.body());
        String button = Pattern.compile("name=\"([^\"]+)\" value=\"English\"")
                .matcher(home.body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);

        var switched = post(
                "/",
                "languageForm=languageForm&" + button + "=English&jakarta.faces.ViewState="
                        + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(switched.statusCode()).isEqualTo(200);
        assertThat(switched.body()).contains("lang=\"en\"");

        var fresh = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String cookie = switched.previousResponse()
                .flatMap(r -> r.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("portal_lang="))
                        .findFirst())
                .orElseThrow();
        assertThat(cookie)
                .contains("portal_lang=en")
                .containsIgnoringCase("HttpOnly")
                .contains("Max-Age=");
        var later = fresh.send(
                HttpRequest.newBuilder(TestServer.page("/municipalities"))
                        .header("Accept-Language", "ru")
                        .header("Cookie", cookie.substring(0, cookie.indexOf(';')))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(later.body()).contains("lang=\"en\"").contains("Municipalities of Kuzbass");
    }

    @Test
    void aMunicipalityHasItsOwnPage() throws Exception {
        var page = get("/municipality?code=novokuznetsky-go", "ru");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Новокузнецкий городской округ</h1>")
                .contains("Новокузнецк");
    }

    @Test
    void unknownPagesAre404InTheVisitorsLanguageWithoutStackTraces() throws Exception {
        for (String path : new String[] {
            "/no-such-page", "/municipality", "/municipality?code=atlantis", "/municipality?code=%3Cscript%3E"
        }) {
            var russian = get(path, "ru");
            var english = get(path, "en");

            assertThat(russian.statusCode()).as(path).isEqualTo(404);
            assertThat(russian.body()).contains("Страница не найдена").doesNotContainPattern(STACK_TRACE);
            assertThat(english.statusCode()).as(path).isEqualTo(404);
            assertThat(english.body()).contains("Page not found").doesNotContain("<script>");
        }
    }

    @Test
    void aStaleFormShowsTheExpiredPageInsteadOfAnError() throws Exception {
        var expired = post("/", "languageForm=languageForm&jakarta.faces.ViewState=1234567890:0987654321");

        assertThat(expired.body()).contains("Страница устарела").doesNotContainPattern(STACK_TRACE);
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndASafeSessionCookie() throws Exception {
        var page = get("/", "ru");
        var missing = get("/no-such-page", "ru");
        var expired = post("/", "languageForm=languageForm&jakarta.faces.ViewState=stale");

        for (var response : java.util.List.of(page, missing, expired)) {
            var headers = response.headers();
            assertThat(headers.firstValue("X-Content-Type-Options"))
                    .as(response.uri() + " " + response.statusCode())
                    .hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        }
        assertThat(page.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .hasSize(1)
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void thePortalIsReadyWhenItsDatabaseAnswers() throws Exception {
        var ready = http.send(
                HttpRequest.newBuilder(TestServer.MANAGEMENT.resolve("health/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body())
                .containsPattern("\"name\"\\s*:\\s*\"portal-database\"\\s*,\\s*\"status\"\\s*:\\s*\"UP\"");
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(TestServer.page(path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(TestServer.page(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String html) {
        return VIEW_STATE.matcher(html).results().findFirst().orElseThrow().group(1);
    }
}
