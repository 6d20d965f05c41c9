package ru.nko42.portal.it.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.account.control.PasswordHasher;
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.TestServer;

/**
 * A moderator reads the moderation dashboard in Chromium against the real portal: the three charts are drawn (the
 * page's scripts run under the CSP), each with its text alternative, and the same numbers stand in the tables; on a
 * 360 px phone nothing scrolls sideways. A fixture WAR beside the EAR makes the moderator and their items.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ModerationStatsBrowserIT {

    private static final String FIXTURE = "moderation-stats-fixture";
    private static final String PASSWORD = "калина-маятник-прорубь-2026";
    private static final String KALTAN = "Калтанский городской округ";

    @Deployment(testable = false)
    static WebArchive fixture() {
        return Deployments.persistenceWar(FIXTURE)
                .addClasses(StatsPageFixture.class, StatsPageFixtureServlet.class, PasswordHasher.class);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void removeTheItems() throws Exception {
        post("/clean-up", "");
    }

    @Test
    void aModeratorSeesTheChartsWithTheirTextAndTheSameNumbersInTables() throws Exception {
        String email = "stats-moderator-" + System.nanoTime() + "@example.org";
        post("/moderator", "email=" + encode(email) + "&password=" + encode(PASSWORD) + "&municipality=kaltansky-go");

        try (Browser browser = Browser.desktop("ru")) {
            new AccountPages(browser).logIn(email, PASSWORD);
            ModerationStatsPage page = new ModerationStatsPage(browser);
            page.open();

            assertThat(page.heading()).isEqualTo("Статистика модерации");
            assertThat(page.chosenPeriod()).isEqualTo("12 нед.");
            for (String chart : ModerationStatsPage.CHARTS) {
                assertThat(page.drawn(chart)).as(chart + " drawn").isTrue();
                assertThat(page.canvas(chart).getAttribute("role")).isEqualTo("img");
            }
            assertThat(page.canvas("decided-chart").getAttribute("aria-label"))
                    .isEqualTo("Столбчатая диаграмма решений по неделям за 12 нед. Всего решено: 3; одобрено: 1;"
                            + " отклонено: 1; возвращено на доработку: 1.");
            assertThat(page.canvas("median-chart").getAttribute("aria-label"))
                    .contains("За весь период: 4,0; по неделям — от 4,0 до 4,0.");
            assertThat(page.canvas("open-chart").getAttribute("aria-label"))
                    .isEqualTo("Горизонтальная столбчатая диаграмма. Ждут решения: 2; муниципалитетов: 1;"
                            + " больше всего — " + KALTAN + ": 2.");

            assertThat(page.total("decided")).isEqualTo("3");
            assertThat(page.total("median")).isEqualTo("4,0");
            assertThat(page.total("open")).isEqualTo("2");
            assertThat(page.caption("weeks-table")).isEqualTo("Решения и медианное время до решения по неделям");
            assertThat(page.columnHeaders("weeks-table"))
                    .containsExactly("Неделя с", "Одобрено", "Отклонено", "На доработку", "Всего", "Медиана, ч");
            assertThat(page.rows("weeks-table")).hasSize(12);
            assertThat(page.rows("weeks-table").get(11)).endsWith("1 1 1 3 4,0");
            assertThat(page.rows("weeks-table").get(10)).endsWith("0 0 0 0 —");
            assertThat(page.footer("weeks-table")).isEqualTo("Все недели 1 1 1 3 4,0");
            assertThat(page.rows("open-table")).containsExactly(KALTAN + " 2 3 дн. 5 ч");
            page.showWholePage();
            browser.screenshot("moderation-stats-ru");

            page.showPeriod("4 нед.");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/moderation/stats?weeks=4");
            assertThat(page.chosenPeriod()).isEqualTo("4 нед.");
            assertThat(page.rows("weeks-table")).hasSize(4);
        }

        try (Browser phone = Browser.phone("ru")) {
            new AccountPages(phone).logIn(email, PASSWORD);
            ModerationStatsPage page = new ModerationStatsPage(phone);
            page.open();

            assertThat(page.pageWidth()).isLessThanOrEqualTo(360);
            assertThat(page.fits("open-table")).isTrue();
            for (String chart : ModerationStatsPage.CHARTS) {
                assertThat(page.drawn(chart)).as(chart + " drawn on a phone").isTrue();
                assertThat(page.canvas(chart).getSize().getWidth()).isLessThanOrEqualTo(360);
            }
            page.showWholePage();
            phone.screenshot("moderation-stats-phone-ru");
        }
    }

    private void post(String path, String form) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(TestServer.page("/" + FIXTURE + path))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
