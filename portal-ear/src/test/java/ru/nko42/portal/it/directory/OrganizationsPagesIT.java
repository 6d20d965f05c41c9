package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.directory.PublicDirectory.Created;
import ru.nko42.portal.it.support.TestServer;

/**
 * The public directory's pages of the real EAR over HTTP: the list with its filters, counts and pages, and an
 * organization's profile. Each test makes its own organizations (through the fixture WAR) named with a word of its
 * own, and searches for that word, so what other tests left in the database does not matter.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OrganizationsPagesIT {

    private static final Pattern CARD_NAME =
            Pattern.compile("<h3 class=\"directory-card__title\"><a href=\"([^\"]+)\">([^<]*)</a></h3>");
    private static final Pattern FOUND = Pattern.compile("Найдено организаций: (\\d+)");
    private static final String STACK_TRACE = "Exception: |Caused by|\\bat (java|jakarta|org|com|ru)\\.";

    @Deployment(testable = false)
    static WebArchive fixture() {
        return PublicDirectory.war();
    }

    private final PublicDirectory directory = PublicDirectory.fixture();
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void eachFilterNarrowsTheListEachSortOrdersItAndDraftsNeverShow() throws Exception {
        String word = PublicDirectory.uniqueWord();
        String inn = RegistrationNumbers.inn();
        directory.create(OrganizationSpec.ngo("Фонд помощи пожилым " + word, "kemerovsky-go")
                .set("inn", inn)
                .area("health")
                .group("older-people"));
        directory.create(OrganizationSpec.tos("ТОС Левобережный " + word, "novokuznetsky-go")
                .area("social-support")
                .group("disabilities"));
        directory.create(OrganizationSpec.ngo("Центр здоровья " + word, "novokuznetsky-go")
                .area("health")
                .group("disabilities"));
        directory.create(OrganizationSpec.ngo("Черновик " + word, "novokuznetsky-go")
                .area("health")
                .draft());

        assertThat(names("/organizations?q=" + word))
                .containsExactly("ТОС Левобережный " + word, "Фонд помощи пожилым " + word, "Центр здоровья " + word);
        assertThat(found("/organizations?q=" + word)).isEqualTo(3);
        assertThat(names("/organizations?q=" + word + "&kind=tos")).containsExactly("ТОС Левобережный " + word);
        assertThat(names("/organizations?q=" + word + "&municipality=novokuznetsky-go"))
                .containsExactly("ТОС Левобережный " + word, "Центр здоровья " + word);
        assertThat(names("/organizations?q=" + word + "&area=health"))
                .containsExactly("Фонд помощи пожилым " + word, "Центр здоровья " + word);
        assertThat(names("/organizations?q=" + word + "&group=older-people"))
                .containsExactly("Фонд помощи пожилым " + word);
        assertThat(names("/organizations?q=" + word.toUpperCase() + "&kind=ngo&municipality=novokuznetsky-go"))
                .containsExactly("Центр здоровья " + word);
        assertThat(names("/organizations?q=" + inn)).containsExactly("Фонд помощи пожилым " + word);
        assertThat(names("/organizations?q=" + word + "&sort=newest"))
                .containsExactly("Центр здоровья " + word, "ТОС Левобережный " + word, "Фонд помощи пожилым " + word);
        assertThat(names("/organizations?q=" + word + "&sort=municipality"))
                .containsExactly("Фонд помощи пожилым " + word, "ТОС Левобережный " + word, "Центр здоровья " + word);
    }

    @Test
    void theFormShowsTheFiltersOfTheAddressAndItsLinksKeepThem() throws Exception {
        String word = PublicDirectory.uniqueWord();
        directory.create(OrganizationSpec.tos("ТОС Рудничный " + word, "kemerovsky-go"));

        String page = get("/organizations?q=" + word + "&kind=TOS&sort=newest").body();

        assertThat(page)
                .contains("<form id=\"filters\" class=\"directory-filters\" method=\"get\" action=\"/organizations\"")
                .contains("value=\"" + word + "\"")
                .containsPattern("<option value=\"tos\"\\s+selected=\"selected\">")
                .containsPattern("<option value=\"newest\"\\s+selected=\"selected\">")
                .contains("<label for=\"municipality\">")
                .contains("href=\"/organizations?q=" + word + "&amp;kind=tos&amp;municipality=kemerovsky-go"
                        + "&amp;sort=newest\"")
                .contains("id=\"reset-filters\" href=\"/organizations\"");
    }

    @Test
    void eachMunicipalityCountsWhatTheOtherFiltersLeave() throws Exception {
        String word = PublicDirectory.uniqueWord();
        directory.create(OrganizationSpec.ngo("Союз ветеранов " + word, "kemerovsky-go"));
        directory.create(OrganizationSpec.ngo("Клуб туристов " + word, "novokuznetsky-go"));
        directory.create(OrganizationSpec.tos("ТОС Абашево " + word, "novokuznetsky-go"));
        directory.create(OrganizationSpec.ngo("Ещё не опубликована " + word, "novokuznetsky-go")
                .draft());

        String all = get("/organizations?q=" + word).body();
        assertThat(facetCount(all, "kemerovsky-go")).isEqualTo(1);
        assertThat(facetCount(all, "novokuznetsky-go")).isEqualTo(2);
        assertThat(facetCount(all, "tashtagolsky-mr")).isNull();

        String inOne = get("/organizations?q=" + word + "&municipality=novokuznetsky-go&kind=ngo")
                .body();
        assertThat(foundIn(inOne)).isEqualTo(1);
        assertThat(facetCount(inOne, "kemerovsky-go")).isEqualTo(1);
        assertThat(facetCount(inOne, "novokuznetsky-go")).isEqualTo(1);
        assertThat(inOne).containsPattern("municipality=novokuznetsky-go\"\\s+aria-current=\"true\"");
    }

    @Test
    void pagesOfTwentyKeepTheFiltersAndNonsenseIsNeverAnError() throws Exception {
        String word = PublicDirectory.uniqueWord();
        directory.createAll(OrganizationSpec.ngo("Клуб " + word, "mariinsky-mo").copies(23));

        String first = get("/organizations?q=" + word).body();
        assertThat(foundIn(first)).isEqualTo(23);
        assertThat(cards(first)).hasSize(20);
        assertThat(first)
                .contains("<nav class=\"pagination\" aria-label=\"Страницы результатов\">")
                .containsPattern("href=\"/organizations\\?q=" + word + "\"\\s+aria-current=\"page\">")
                .contains("href=\"/organizations?q=" + word + "&amp;page=2\"");

        String second = get("/organizations?q=" + word + "&page=2").body();
        assertThat(cards(second)).hasSize(3);
        assertThat(second).containsPattern("&amp;page=2\"\\s+aria-current=\"page\">");

        for (String nonsense : List.of(
                "page=abc",
                "page=-3",
                "page=99999999999999999999",
                "page=2147483647",
                "kind=bank",
                "municipality=atlantis",
                "area=%3Cscript%3E",
                "group=x",
                "sort=price",
                "q=" + "%25_!".repeat(100))) {
            var response = get("/organizations?q=" + word + "&" + nonsense);
            assertThat(response.statusCode()).as(nonsense).isEqualTo(200);
            assertThat(response.body()).as(nonsense).doesNotContainPattern(STACK_TRACE);
        }
        assertThat(cards(get("/organizations?q=" + word + "&page=99999999999999999999")
                        .body()))
                .as("a page past the end shows the last one")
                .hasSize(3);
        assertThat(found("/organizations?q=" + word + "&kind=bank&municipality=atlantis"))
                .isEqualTo(23);
    }

    @Test
    void nothingFoundSaysSoAndOffersEverything() throws Exception {
        var page = get("/organizations?q=" + PublicDirectory.uniqueWord()).body();

        assertThat(foundIn(page)).isZero();
        assertThat(page)
                .contains("id=\"nothing-found\"")
                .contains("По этим условиям ничего не найдено")
                .contains("<a href=\"/organizations\">Показать все организации</a>");
    }

    @Test
    void theProfileShowsContactsAsLinksAndTheTosFacts() throws Exception {
        String word = PublicDirectory.uniqueWord();
        Created tos = directory.create(OrganizationSpec.tos("ТОС Шахтёр " + word, "kemerovsky-go")
                .set("shortName", "ТОС Шахтёр " + word)
                .set("fullName", "Территориальное общественное самоуправление Шахтёр " + word)
                .set("phone", "+7 (3842) 12-34-56")
                .set("email", "tos-" + word + "@example.org")
                .set("website", "https://tos-" + word + ".example.org/")
                .set("vkLink", "https://vk.com/tos_" + word)
                .set("postalAddress", "г. Кемерово, ул. Шахтёров, 1")
                .set("latitude", "55.3547")
                .set("longitude", "86.0873")
                .set("tosTerritory", "Улицы Шахтёров и Рудничная")
                .set("tosResidents", "1200")
                .set("tosFoundingMeeting", "2024-03-12")
                .set("tosChairman", "Иванова Мария Петровна")
                .area("social-support")
                .group("older-people")
                .withLogo());

        var response = get(tos.path());
        String page = response.body();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page)
                .contains("<title>ТОС Шахтёр " + word + " — ")
                .contains("<h1 id=\"profile-name\">ТОС Шахтёр " + word + "</h1>")
                .contains("Территориальное общественное самоуправление Шахтёр " + word)
                .contains("<a id=\"profile-phone\" href=\"tel:+73842123456\">+7 (3842) 12-34-56</a>")
                .contains("href=\"mailto:tos-" + word + "@example.org\"")
                .contains("<a class=\"profile__link\" href=\"https://vk.com/tos_" + word
                        + "\" rel=\"noopener nofollow ugc\">")
                .contains("href=\"/municipality?code=kemerovsky-go\">Кемеровский городской округ</a>")
                .contains("<dd id=\"profile-founding-meeting\">12 марта 2024 г.</dd>")
                .contains("Иванова Мария Петровна")
                .contains("data-map-lat=\"55.3547\" data-map-lon=\"86.0873\"")
                .contains("role=\"region\" aria-label=\"Карта: где находится организация")
                .contains("/webjars/leaflet/1.9.4/dist/leaflet.js")
                .contains("/jakarta.faces.resource/js/map.js")
                .containsPattern("<meta name=\"description\" content=\"[^\"]+\"")
                .contains("id=\"profile-published\"")
                .containsPattern("<img class=\"profile__logo\" id=\"profile-logo\" src=\"(/logos/[0-9a-f-]+\\.png)\""
                        + "\\s+alt=\"Логотип: ТОС Шахтёр " + word + "\"");

        Matcher logo = Pattern.compile("src=\"(/logos/[0-9a-f-]+\\.png)\"").matcher(page);
        assertThat(logo.find()).isTrue();
        var image = http.send(
                HttpRequest.newBuilder(TestServer.page(logo.group(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.body()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void htmlTypedIntoAProfileIsShownAsText() throws Exception {
        String word = PublicDirectory.uniqueWord();
        Created organization =
                directory.create(OrganizationSpec.ngo("<script>alert(1)</script> Клуб " + word, "kemerovsky-go")
                        .set("description", "Первая строка <b>жирно</b>\nВторая строка <img src=x onerror=alert(2)>"));

        String list = get("/organizations?q=" + word).body();
        String profile = get(organization.path()).body();

        for (String page : List.of(list, profile)) {
            assertThat(page)
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt; Клуб " + word)
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("<img src=x")
                    .doesNotContain("<b>жирно");
        }
        assertThat(profile)
                .contains("Первая строка &lt;b&gt;жирно&lt;/b&gt;\nВторая строка &lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void aWrongOrMissingSlugIsSentOnToTheProfilesOwnAddress() throws Exception {
        Created organization = directory.create(
                OrganizationSpec.ngo("Добровольцы Кузбасса " + PublicDirectory.uniqueWord(), "kemerovsky-go"));

        for (String path : List.of(
                "/organizations/" + organization.id() + "-old-name",
                "/organizations/" + organization.id(),
                "/organization?id=" + organization.id())) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(301);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith(organization.path()));
        }
        assertThat(organization.slug()).startsWith("dobrovoltsy-kuzbassa-zq");
        assertThat(get(organization.path()).statusCode()).isEqualTo(200);
    }

    @Test
    void draftsAndUnknownOrganizationsAreNotFound() throws Exception {
        Created draft =
                directory.create(OrganizationSpec.ngo("Черновик " + PublicDirectory.uniqueWord(), "kemerovsky-go")
                        .draft());

        for (String path : List.of(
                draft.path(),
                "/organizations/" + draft.id(),
                "/organization?id=" + draft.id(),
                "/organizations/999999999999",
                "/organizations/99999999999999999999999",
                "/organizations/abc",
                "/organization?id=abc",
                "/organization")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Страница не найдена").doesNotContainPattern(STACK_TRACE);
        }
    }

    @Test
    void mapsAndLogosAreServedAndUnknownLogosAreNot() throws Exception {
        for (String path : List.of(
                "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/leaflet/1.9.4/dist/leaflet.css",
                "/webjars/leaflet/1.9.4/dist/images/marker-icon.png",
                "/jakarta.faces.resource/js/map.js.xhtml?ln=portal")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        }
        for (String path : List.of(
                "/logos/",
                "/logos/00000000-0000-0000-0000-000000000000.png",
                "/logos/..%2F..%2Fconfiguration%2Fstandalone.xml",
                "/logos/not-a-key.png")) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theMenuLeadsToTheDirectoryAndAMunicipalityToItsOrganizations() throws Exception {
        String list = get("/organizations").body();
        String municipality = get("/municipality?code=kemerovsky-go").body();

        assertThat(list)
                .containsPattern("class=\"site-nav__link is-current\" href=\"/organizations\"\\s+"
                        + "aria-current=\"page\">Организации</a>");
        assertThat(municipality)
                .contains("href=\"/organizations?municipality=kemerovsky-go\">Организации этого муниципалитета</a>");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(TestServer.page(path))
                        .header("Accept-Language", "ru")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> names(String path) throws IOException, InterruptedException {
        return cards(get(path).body()).stream().map(card -> card.group(2)).toList();
    }

    private int found(String path) throws IOException, InterruptedException {
        return foundIn(get(path).body());
    }

    private static int foundIn(String page) {
        Matcher found = FOUND.matcher(page);
        assertThat(found.find()).as("the number found").isTrue();
        return Integer.parseInt(found.group(1));
    }

    private static List<MatchResult> cards(String page) {
        return CARD_NAME.matcher(page).results().toList();
    }

    /** The count beside a municipality in the list beside the results, or null where it is not listed. */
    private static Long facetCount(String page, String code) {
        Matcher facet = Pattern.compile("<a href=\"/organizations\\?[^\"]*municipality=" + code
                        + "\"[^>]*>[^<]+</a>\\s*<span class=\"directory-facets__count\">(\\d+)</span>")
                .matcher(page);
        return facet.find() ? Long.valueOf(facet.group(1)) : null;
    }
}
