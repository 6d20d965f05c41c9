package ru.nko42.portal.it.directory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import ru.nko42.portal.directory.control.LogoStore;
import ru.nko42.portal.directory.control.Slug;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.TestServer;

/**
 * Data for the tests of the public directory's pages, which run outside the server against the real EAR: a small
 * fixture WAR beside it writes organizations to the database, asked over HTTP.
 */
final class PublicDirectory {

    static final String FIXTURE = "public-directory-fixture";

    private final HttpClient http = HttpClient.newHttpClient();

    private PublicDirectory() {}

    static PublicDirectory fixture() {
        return new PublicDirectory();
    }

    /** The fixture WAR, to deploy beside the EAR. */
    static WebArchive war() {
        return Deployments.persistenceWar(FIXTURE)
                .addClasses(
                        PublicDirectoryFixture.class,
                        PublicDirectoryFixtureServlet.class,
                        OrganizationSpec.class,
                        Slug.class,
                        LogoStore.class)
                .addPackage("ru.nko42.portal.common.control");
    }

    /** A word no other test's data contains: a test names its organizations with it and searches for it. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    Created create(OrganizationSpec organization) throws IOException, InterruptedException {
        return createAll(organization).get(0);
    }

    List<Created> createAll(OrganizationSpec organizations) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TestServer.page("/" + FIXTURE + "/organizations"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(organizations.toForm()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("fixture refused " + organizations.toForm() + ": " + response.body());
        }
        return Arrays.stream(response.body().split("\n"))
                .map(line -> line.split(" "))
                .map(parts -> new Created(Long.parseLong(parts[0]), parts[1]))
                .toList();
    }

    /** An organization the fixture made. */
    record Created(long id, String slug) {

        String path() {
            return "/organizations/" + id + "-" + slug;
        }
    }
}
