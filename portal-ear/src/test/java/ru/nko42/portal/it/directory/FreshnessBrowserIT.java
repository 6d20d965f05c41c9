package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.directory.control.LogoStore;
import ru.nko42.portal.directory.control.Slug;
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.directory.PublicDirectory.Created;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.it.support.TestServer;

/**
 * Freshness in Chromium against the real portal: an administrator runs the daily check at once; the representative
 * of an organization verified 13 months ago opens the link from the mail on a phone, without logging in, and
 * confirms in one click; an organization nobody answered for is marked stale on its profile and in the list, until a
 * moderator checks it from the queue.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class FreshnessBrowserIT {

    private static final String FIXTURE = "freshness-pages-fixture";
    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";
    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/verify\\?token=[A-Za-z0-9_-]{43}");
    private static final String MUNICIPALITY = "novokuznetsky-go";

    @Deployment(testable = false)
    static WebArchive fixture() {
        return Deployments.persistenceWar(FIXTURE)
                .addClasses(
                        FreshnessPagesFixture.class,
                        FreshnessPagesFixtureServlet.class,
                        PublicDirectoryFixture.class,
                        Slug.class,
                        LogoStore.class)
                .addPackage("ru.nko42.portal.common.control");
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRepresentativeConfirmsFromTheMailInOneClickAndTheDirectoryShowsWhatIsStale() throws Exception {
        String word = PublicDirectory.uniqueWord();
        String representative = "verify-" + System.nanoTime() + "@example.org";
        String name = "Фонд Память " + word;
        Created asked = create(name, representative, 13, null);
        Created stale = create("Клуб Старожил " + word, "silent-" + System.nanoTime() + "@example.org", 13, 31);

        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            account.logIn(ADMIN, ADMIN_PASSWORD);
            browser.open("/admin/freshness");
            browser.clickAndWaitForNextPage(By.id("freshness:check-now"));
            assertThat(text(browser, "freshness-result")).startsWith("Проверка выполнена.");
            browser.screenshot("freshness-admin-ru");

            browser.open(stale.path());
            assertThat(text(browser, "profile-stale"))
                    .startsWith("Данные давно не подтверждались. Последний раз организация подтверждала их")
                    .endsWith("г. — контакты и сведения могли устареть.");
            browser.screenshot("freshness-stale-profile-ru");
            browser.open("/organizations?q=" + word);
            assertThat(staleBadges(browser))
                    .containsExactlyInAnyOrder(Map.entry(name, false), Map.entry("Клуб Старожил " + word, true));

            ModerationPages moderation = new ModerationPages(browser);
            moderation.openQueue("Клуб Старожил " + word);
            moderation.openItem("Клуб Старожил " + word);
            assertThat(text(browser, "stale-last-verified")).endsWith(" г.");
            assertThat(text(browser, "stale-representatives")).isEqualTo("1");
            assertThat(browser.driver().findElement(By.id("stale-profile")).getAttribute("href"))
                    .endsWith(stale.path());
            browser.screenshot("freshness-stale-item-ru");
            moderation.decide("APPROVED");
            browser.open(stale.path());
            assertThat(browser.driver().findElements(By.id("profile-stale"))).isEmpty();
            assertThat(text(browser, "profile-verified")).isEqualTo(today());
            account.logOut();
        }

        var mail = Inbox.awaitSubject(
                representative, "Подтвердите данные организации «" + name + "» в реестре", Duration.ofSeconds(15));
        Matcher link = VERIFY_LINK.matcher(mail.content().toString());
        assertThat(link.find()).as("a link in %s", mail.content()).isTrue();
        String path = link.group().replaceFirst("^https?://[^/]+", "");

        try (Browser phone = Browser.phone("ru")) {
            phone.open(path);
            assertThat(text(phone, "verify-heading")).isEqualTo("Актуальность данных организации");
            assertThat(text(phone, "verify-organization")).isEqualTo(name);
            assertThat(phone.driver().findElement(By.id("verify-update")).getAttribute("href"))
                    .endsWith("/account/profile?id=" + asked.id());
            assertThat(horizontalOverflow(phone)).as("fits 360 px").isFalse();
            phone.screenshot("freshness-verify-phone-ru");
            phone.script("document.getElementById('verify').scrollIntoView();");
            phone.screenshot("freshness-verify-actions-phone-ru");

            phone.clickAndWaitForNextPage(By.id("verify:confirm"));
            assertThat(text(phone, "verify-done"))
                    .isEqualTo("Спасибо! Данные организации «" + name + "» подтверждены. Дата проверки: " + today());
            phone.screenshot("freshness-verified-phone-ru");

            phone.open(path);
            assertThat(text(phone, "verify-problem"))
                    .isEqualTo("По этой ссылке данные уже подтверждены, повторять не нужно.");
            assertThat(phone.driver().findElements(By.id("verify:confirm"))).isEmpty();

            phone.open(asked.path());
            assertThat(text(phone, "profile-verified")).isEqualTo(today());
            assertThat(phone.driver().findElements(By.id("profile-stale"))).isEmpty();
        }
    }

    private Created create(String fullName, String representative, int verifiedMonthsAgo, Integer askedDaysAgo)
            throws Exception {
        String form = "fullName=" + encode(fullName) + "&municipality=" + MUNICIPALITY + "&representative="
                + encode(representative) + "&verifiedMonthsAgo=" + verifiedMonthsAgo
                + (askedDaysAgo == null ? "" : "&askedDaysAgo=" + askedDaysAgo);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TestServer.page("/" + FIXTURE + "/organizations"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String[] created = response.body().strip().split(" ");
        return new Created(Long.parseLong(created[0]), created[1]);
    }

    /** The cards of the list: the organization's name, and whether it carries the stale badge. */
    private static java.util.List<Map.Entry<String, Boolean>> staleBadges(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#organizations .directory-card")).stream()
                .map(card -> Map.entry(
                        card.findElement(By.cssSelector(".directory-card__title"))
                                .getText(),
                        !card.findElements(By.cssSelector(".directory-badge--stale"))
                                .isEmpty()))
                .collect(Collectors.toList());
    }

    private static String text(Browser browser, String id) {
        WebElement element = browser.driver().findElement(By.id(id));
        return element.getText().strip();
    }

    private static boolean horizontalOverflow(Browser browser) {
        return (Boolean)
                browser.script("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    }

    private static String today() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.forLanguageTag("ru"))
                .format(LocalDate.now(ZoneId.of("Asia/Novokuznetsk")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
