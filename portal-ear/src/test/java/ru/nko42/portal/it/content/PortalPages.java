package ru.nko42.portal.it.content;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The deployed portal's pages as a visitor gets them, in Russian, redirects not followed; for tests that run inside
 * the server, where {@code portal.base.url} is the server's own address.
 */
final class PortalPages {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private PortalPages() {}

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String base = System.getProperty("portal.base.url", "http://localhost:8180");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", "ru")
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
