package ru.nko42.portal.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.TestServer;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;
import ru.nko42.portal.services.boundary.ServiceListingChanged;

/**
 * A citizen's search on a phone 360 px wide, in Chromium against the real portal: a word form finds the services,
 * a municipality and "open now" narrow them, the address carries it all (a fresh browser opening it sees the same),
 * and a search that finds nothing offers the same search in all municipalities.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class CitizenSearchBrowserIT {

    private static final String FIXTURE = "search-browser-fixture";

    @Deployment(testable = false)
    static WebArchive fixture() {
        return Deployments.persistenceWar(FIXTURE)
                .addPackages(true, "ru.nko42.portal.schedule")
                .addClasses(
                        Setting.class,
                        SearchFixture.class,
                        SearchFixture.Spec.class,
                        SearchFixtureServlet.class,
                        ServiceListingChanged.class,
                        OrganizationListingChanged.class);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aCitizenFindsNarrowsSharesAndIsHelpedWhenNothingIsFound() throws Exception {
        String word = uniqueWord();
        long atHome =
                published("Помощь пожилым людям на дому " + word, "Уборка, покупки, забота", "kemerovsky-go", true);
        long care = published("Уход за пожилыми " + word, "Сиделки и патронаж", "novokuznetsky-go", false);
        published("Юридическая консультация " + word, "Права и льготы", "kemerovsky-go", true, "crisis");

        String shared;
        List<String> found;
        try (Browser browser = Browser.phone("ru")) {
            browser.open("/services");
            WebElement box = browser.driver().findElement(By.id("q"));
            box.sendKeys(word + " пожилых");
            browser.clickAndWaitForNextPage(By.cssSelector("#service-search button[type='submit']"));
            assertThat(results(browser)).containsExactlyInAnyOrder(atHome, care);
            assertThat(browser.driver().findElement(By.id("results-heading")).getText())
                    .contains("2");
            assertThat(browser.driver().findElement(By.id("results-heading")).getAttribute("aria-live"))
                    .isEqualTo("polite");

            browser.clickAndWaitForNextPage(
                    By.xpath("//ul[@id='facet-municipality']//a[contains(., 'Кемеровский городской округ')]"));
            assertThat(results(browser)).containsExactly(atHome);

            browser.driver()
                    .findElement(By.cssSelector(".services-options summary"))
                    .click();
            browser.driver().findElement(By.id("open")).click();
            browser.clickAndWaitForNextPage(By.cssSelector("#service-search button[type='submit']"));
            assertThat(results(browser)).containsExactly(atHome);
            assertThat(browser.driver().findElements(By.cssSelector("#services .services-badge--open")))
                    .hasSize(1);

            shared = browser.driver().getCurrentUrl();
            Map<String, String> parameters = parameters(shared);
            assertThat(parameters)
                    .containsEntry("q", word + " пожилых")
                    .containsEntry("municipality", "kemerovsky-go")
                    .containsEntry("open", "now");
            assertThat(browser.driver().findElements(By.cssSelector("#chosen-filters a")))
                    .extracting(WebElement::getText)
                    .anyMatch(text -> text.contains("Кемеровский городской округ"));
            assertThat(horizontalOverflow(browser))
                    .as("no sideways scrolling at 360 px")
                    .isFalse();
            found = browser.driver().findElements(By.cssSelector("#services li")).stream()
                    .map(li -> li.getAttribute("data-href"))
                    .toList();
            browser.screenshot("services-search-phone-ru");
        }

        try (Browser fresh = Browser.phone("ru")) {
            fresh.driver().get(shared);
            fresh.waitForPage();
            assertThat(fresh.driver().findElements(By.cssSelector("#services li")).stream()
                            .map(li -> li.getAttribute("data-href"))
                            .toList())
                    .isEqualTo(found);

            fresh.open("/services?q=" + URLEncoder.encode(word + " пожилым", StandardCharsets.UTF_8)
                    + "&municipality=yurginsky-go");
            assertThat(fresh.driver().findElement(By.id("nothing-found")).getText())
                    .contains("ничего не найдено");
            List<WebElement> suggestions = fresh.driver().findElements(By.cssSelector("#suggestions a"));
            assertThat(suggestions).extracting(WebElement::getText).anyMatch(text -> text.contains("найдётся 2"));
            fresh.screenshot("services-nothing-found-phone-ru");
            fresh.clickAndWaitForNextPage(By.cssSelector("#suggestions a"));
            assertThat(results(fresh)).containsExactlyInAnyOrder(atHome, care);
        }
    }

    private long published(String name, String description, String municipality, boolean alwaysOpen)
            throws IOException, InterruptedException {
        return published(name, description, municipality, alwaysOpen, "older-people");
    }

    private long published(String name, String description, String municipality, boolean alwaysOpen, String category)
            throws IOException, InterruptedException {
        double lat = municipality.startsWith("kemerovsky") ? 55.35 : 53.76;
        double lon = municipality.startsWith("kemerovsky") ? 86.08 : 87.11;
        String form = "name=" + encode(name) + "&description=" + encode(description) + "&municipality=" + municipality
                + "&lat=" + lat + "&lon=" + lon + "&hours=" + (alwaysOpen ? "always" : "never") + "&category="
                + category;
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TestServer.page("/" + FIXTURE + "/services"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().strip());
    }

    private static List<Long> results(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#services li")).stream()
                .map(li -> li.getAttribute("data-href"))
                .map(href -> Long.parseLong(href.substring(href.indexOf("id=") + 3)))
                .toList();
    }

    private static boolean horizontalOverflow(Browser browser) {
        return (Boolean) browser.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
    }

    private static Map<String, String> parameters(String url) {
        String query = url.substring(url.indexOf('?') + 1);
        return java.util.Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0],
                        pair -> URLDecoder.decode(pair.length > 1 ? pair[1] : "", StandardCharsets.UTF_8),
                        (a, b) -> a + "," + b));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
