package ru.nko42.portal.it.opendata;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.TestServer;

/**
 * The "Open data" page's downloads as a visitor without an account gets them over HTTP: the page, then a POST of
 * its form (with its view state) by one of the export buttons. Also the fixture WAR that makes the data.
 */
final class OpenDataDownloads {

    static final String FIXTURE = "opendata-fixture";

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    static WebArchive fixtureWar() {
        return Deployments.persistenceWar(FIXTURE).addClasses(OpenDataFixture.class, OpenDataFixtureServlet.class);
    }

    HttpResponse<String> page() throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(TestServer.page("/opendata"))
                        .header("Accept-Language", "ru")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What the export button ({@code organizationsCsv}, {@code servicesXlsx}, ...) downloads. */
    HttpResponse<byte[]> download(String button) throws IOException, InterruptedException {
        String page = page().body();
        Matcher viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state in the page: " + page);
        }
        String form = "opendata=opendata&opendata%3A" + button + "=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(TestServer.page("/opendata"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "ru")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    long organization(String name, String inn, String ogrn, boolean published)
            throws IOException, InterruptedException {
        return post(
                "/organizations", "name=" + encode(name) + "&inn=" + inn + "&ogrn=" + ogrn + "&published=" + published);
    }

    long service(long organization, String name, boolean published) throws IOException, InterruptedException {
        return post("/services", "organization=" + organization + "&name=" + encode(name) + "&published=" + published);
    }

    private long post(String path, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(TestServer.page("/" + FIXTURE + path))
                                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("fixture refused " + form + ": " + response.body());
        }
        return Long.parseLong(response.body().strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
