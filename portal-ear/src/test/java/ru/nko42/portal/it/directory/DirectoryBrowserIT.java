package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.directory.PublicDirectory.Created;
import ru.nko42.portal.it.support.Browser;

/**
 * The public directory in headless Chromium: filtering with the plain form, the profile with its map, the keyboard
 * and a phone. The map's tiles are not reachable from the test machine; Leaflet draws the map and its marker anyway.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DirectoryBrowserIT {

    @Deployment(testable = false)
    static WebArchive fixture() {
        return PublicDirectory.war();
    }

    private final PublicDirectory directory = PublicDirectory.fixture();

    @Test
    void aVisitorFiltersTheListAndOpensAProfileWithItsMap() throws Exception {
        String word = PublicDirectory.uniqueWord();
        directory.create(OrganizationSpec.ngo("Фонд Сибирь " + word, "kemerovsky-go")
                .area("health")
                .set("description", "Помогаем пожилым людям и семьям с детьми. Работаем с 2010 года."));
        directory.create(profileWithEverything("Центр Добро " + word, word));

        try (Browser browser = Browser.desktop("ru")) {
            DirectoryPages pages = new DirectoryPages(browser);
            pages.search(word);
            assertThat(pages.cardNames()).containsExactly("Фонд Сибирь " + word, "Центр Добро " + word);

            pages.choose("municipality", "Новокузнецкий городской округ");
            pages.apply();

            assertThat(pages.address()).contains("q=" + word).contains("municipality=novokuznetsky-go");
            assertThat(pages.found()).isEqualTo("Найдено организаций: 1");
            assertThat(pages.cardNames()).containsExactly("Центр Добро " + word);
            assertThat(pages.chosen("municipality")).isEqualTo("Новокузнецкий городской округ");
            browser.screenshot("directory-list-ru");

            pages.openCard("Центр Добро " + word);
            assertThat(pages.heading()).isEqualTo("Центр Добро " + word);
            WebElement marker = pages.mapMarker();
            assertThat(marker.getAttribute("src")).contains("/webjars/leaflet/1.9.4/dist/images/marker-icon");
            assertThat(pages.mapAttributionLink()).isEqualTo("OpenStreetMap contributors");
            assertThat(pages.map().getAttribute("aria-label")).startsWith("Карта");
            browser.screenshot("directory-profile-ru");
            pages.scrollToMap();
            browser.screenshot("directory-profile-map-ru");
        }
    }

    @Test
    void theKeyboardGoesIntoTheMapAndOutAgain() throws Exception {
        Created organization = directory.create(
                profileWithEverything("Клуб Ориентир " + PublicDirectory.uniqueWord(), PublicDirectory.uniqueWord()));

        try (Browser browser = Browser.desktop("ru")) {
            DirectoryPages pages = new DirectoryPages(browser);
            browser.open(organization.path());
            pages.mapMarker();
            browser.script("document.getElementById('profile-map').focus();");
            assertThat(pages.focusInMap()).isTrue();

            boolean left = false;
            for (int i = 0; i < 10 && !left; i++) {
                browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                left = !pages.focusInMap();
            }
            assertThat(left).as("Tab leaves the map").isTrue();
        }
    }

    @Test
    void anEnglishReaderGetsTheListInEnglish() throws Exception {
        String word = PublicDirectory.uniqueWord();
        directory.create(OrganizationSpec.tos("ТОС Заречный " + word, "tashtagolsky-mr"));

        try (Browser browser = Browser.desktop("en")) {
            DirectoryPages pages = new DirectoryPages(browser);
            pages.search(word);

            assertThat(pages.heading()).isEqualTo("Organizations of Kuzbass");
            assertThat(pages.found()).isEqualTo("Organizations found: 1");
            assertThat(pages.chosen("kind")).isEqualTo("All kinds");
            browser.screenshot("directory-list-en");
        }
    }

    @Test
    void onA360PixelPhoneNothingScrollsSideways() throws Exception {
        String word = PublicDirectory.uniqueWord();
        directory.createAll(OrganizationSpec.ngo(
                        "Региональная общественная организация содействия развитию добровольчества " + word,
                        "kemerovsky-go")
                .area("social-support")
                .area("health")
                .copies(22));
        // a word longer than the phone is wide (an address or a name typed without spaces) must wrap
        directory.createAll(OrganizationSpec.ngo(
                "Фонд ОбщественнаяОрганизацияСодействияРазвитиюДобровольчестваИБлаготворительности" + word,
                "kemerovsky-go"));
        Created profile = directory.create(profileWithEverything(
                "Автономная некоммерческая организация Центр поддержки семьи и детства " + word, word));

        try (Browser browser = Browser.phone("ru")) {
            DirectoryPages pages = new DirectoryPages(browser);
            for (String path : List.of("/organizations", "/organizations?q=" + word, profile.path())) {
                browser.open(path);
                assertThat(pages.pageWidth()).as(path).isLessThanOrEqualTo(360);
            }
            pages.mapMarker();
            browser.screenshot("directory-profile-phone");
            pages.scrollToMap();
            browser.screenshot("directory-profile-map-phone");
            browser.open("/organizations?q=" + word + "&page=2");
            browser.screenshot("directory-list-phone");
        }
    }

    private static OrganizationSpec profileWithEverything(String name, String word) {
        return OrganizationSpec.ngo(name, "novokuznetsky-go")
                .set("fullName", name + " — полное наименование организации")
                .set("shortName", name)
                .set("inn", RegistrationNumbers.inn())
                .set("ogrn", RegistrationNumbers.ogrn())
                .set("kpp", RegistrationNumbers.kpp())
                .set("legalForm", "ano")
                .set("postalAddress", "654000, г. Новокузнецк, проспект Металлургов, 1, офис 2")
                .set("latitude", "53.7557")
                .set("longitude", "87.1099")
                .set("phone", "+7 (3843) 45-67-89")
                .set("email", "centre-" + word + "@example.org")
                .set("website", "https://centre-" + word + ".example.org/a/rather/long/address/of/a/page")
                .set("vkLink", "https://vk.com/centre_" + word)
                .set("telegramLink", "https://t.me/centre_" + word)
                .set("headName", "Петров Пётр Петрович")
                .set("yearFounded", "2012")
                .set(
                        "description",
                        "Помогаем семьям с детьми.\nКонсультации юриста и психолога.\n\n"
                                + "Работаем по будням с 9 до 18.")
                .area("family-childhood")
                .area("social-support")
                .group("families-with-children")
                .withLogo();
    }
}
