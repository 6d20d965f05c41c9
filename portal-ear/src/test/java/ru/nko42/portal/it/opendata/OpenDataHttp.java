package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import ru.nko42.portal.it.support.TestServer;
import ru.nko42.portal.opendata.control.HsdsSchemas;

/**
 * The open data tests' side of HTTP: the fixture's door (a small directory of their own, named by a word of their
 * own) and GETs of the real portal's API, read as JSON.
 */
final class OpenDataHttp {

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String fixture;

    OpenDataHttp(String fixture) {
        this.fixture = fixture;
    }

    /** A word no other test uses, that the Russian analyzer keeps as it is. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("хсдс");
        String letters = "бвгджзклмнпрстфхцчшщ";
        for (int i = 0; i < 8; i++) {
            word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return word.toString();
    }

    /** Makes the fixture's directory: the HSDS ids of what it made. */
    JsonNode directory(String word, double lat, double lon) throws IOException, InterruptedException {
        String form = "word=" + encode(word) + "&lat=" + lat + "&lon=" + lon;
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TestServer.page("/" + fixture + "/opendata"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HsdsSchemas.tree(response.body());
    }

    /** What the portal's data package is written from ({@code OpenDataDirectory.contents()}), through the fixture. */
    JsonNode packageContents() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/" + fixture + "/opendata");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return HsdsSchemas.tree(response.body());
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(TestServer.page(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> options(String path, String... headers) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(TestServer.page(path))
                        .headers(headers)
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that must answer 200 with the content type: its body's bytes. */
    byte[] bytes(String path, String contentType) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(
                HttpRequest.newBuilder(TestServer.page(path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(path)
                .startsWith(contentType);
        return response.body();
    }

    /** A GET that must answer 200 with JSON: its body. */
    String json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(path)
                .startsWith("application/json")
                .containsIgnoringCase("charset=UTF-8");
        return response.body();
    }

    JsonNode tree(String path) throws IOException, InterruptedException {
        return HsdsSchemas.tree(json(path));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
