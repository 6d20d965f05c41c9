package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.directory.RegistrationNumbers;
import ru.nko42.portal.it.support.Browser;

/**
 * The "Open data" page in Chromium on a phone 360 px wide and on a desktop: reached from the footer, nothing wider
 * than the screen, the tables with the published data, and the four export buttons reached with the Tab key alone,
 * each named for what it downloads.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenDataPageBrowserIT {

    private static final List<String> BUTTONS =
            List.of("organizationsCsv", "organizationsXlsx", "servicesCsv", "servicesXlsx");

    @Deployment(testable = false)
    static WebArchive fixture() {
        return OpenDataDownloads.fixtureWar();
    }

    private final OpenDataDownloads downloads = new OpenDataDownloads();

    @Test
    void onAPhone() throws Exception {
        try (Browser browser = Browser.phone("ru")) {
            checkThePage(browser, 360, "opendata-phone");
        }
    }

    @Test
    void onADesktop() throws Exception {
        try (Browser browser = Browser.desktop("ru")) {
            checkThePage(browser, 1280, "opendata-desktop");

            WebElement innHeader = browser.driver()
                    .findElement(By.xpath("//div[@id='opendata:organizations']//th[.//span[text()='ИНН']]"));
            innHeader.click();
            browser.waitForPage();
            assertThat(innColumn(browser)).isSorted();
            assertThat(browser.driver()
                            .findElement(By.xpath("//div[@id='opendata:organizations']//th[.//span[text()='ИНН']]"))
                            .getAttribute("aria-sort"))
                    .isEqualTo("ascending");
            browser.driver()
                    .findElement(By.xpath("//div[@id='opendata:organizations']//th[.//span[text()='ИНН']]"))
                    .click();
            browser.waitForPage();
            assertThat(innColumn(browser)).isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    /** The ИНН of the organizations on the table's page, as shown (the third column). */
    private static List<String> innColumn(Browser browser) {
        return browser
                .driver()
                .findElements(By.cssSelector("#opendata\\:organizations tbody tr td:nth-child(3)"))
                .stream()
                .map(cell -> cell.getAttribute("textContent").strip())
                .toList();
    }

    private void checkThePage(Browser browser, int width, String screenshot) throws Exception {
        downloads.organization(
                "Фонд «Открытость» " + width, RegistrationNumbers.inn(), RegistrationNumbers.ogrn(), true);

        browser.open("/");
        browser.clickAndWaitForNextPage(By.id("footer-opendata-link"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/opendata");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Открытые данные");
        assertThat(browser.driver().findElements(By.cssSelector("#opendata\\:organizations tbody tr")))
                .isNotEmpty();
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                .as("the page is no wider than the screen")
                .isLessThanOrEqualTo(width);
        assertThat((List<?>) browser.script("return Array.from(document.querySelectorAll("
                        + "'#opendata input:not([type=hidden]), #opendata select'))"
                        + ".filter(e => e.offsetParent !== null)"
                        + ".filter(e => !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')"
                        + " || (e.id && document.querySelector('label[for=\"' + CSS.escape(e.id) + '\"]'))"
                        + " || e.closest('label')))"
                        + ".map(e => e.outerHTML.substring(0, 160));"))
                .as("form fields without a label")
                .isEmpty();
        browser.screenshot(screenshot);
        browser.script("document.getElementById('opendata:organizationsCsv').scrollIntoView();");
        browser.screenshot(screenshot + "-table");

        for (String id : BUTTONS) {
            WebElement button = browser.driver().findElement(By.id("opendata:" + id));
            assertThat(button.getTagName()).isEqualTo("button");
            assertThat(button.getAttribute("aria-label"))
                    .startsWith(button.getText().strip())
                    .containsAnyOf("таблица организаций", "таблица услуг");
        }
        assertThat(tabbedTo(browser))
                .containsAll(BUTTONS.stream().map(id -> "opendata:" + id).toList());
    }

    /** The ids of what the Tab key reaches from the top of the page, in order, until it comes round again. */
    private static List<String> tabbedTo(Browser browser) {
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        WebElement body = browser.driver().findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String id = (String) browser.script("return document.activeElement ? document.activeElement.id : '';");
            reached.add(id);
            if (reached.containsAll(BUTTONS.stream().map(b -> "opendata:" + b).toList())) {
                break;
            }
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        return reached;
    }
}
