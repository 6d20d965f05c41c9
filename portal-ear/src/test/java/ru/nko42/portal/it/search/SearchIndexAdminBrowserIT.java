package ru.nko42.portal.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;

/**
 * An administrator on the search index page, in Chromium against the real portal: the account page leads there, a
 * rebuild runs with its progress shown and ends, a broken line of the synonym list is refused next to the field
 * with its number, and the searches without results are listed.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SearchIndexAdminBrowserIT {

    private static final String ADMIN_EMAIL = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void anAdministratorRebuildsTheIndexAndIsToldWhichSynonymLineIsBroken() throws Exception {
        try (Browser browser = Browser.desktop("ru")) {
            browser.open("/services?q=" + "zqнетакогословаzq");
            browser.open("/login");
            type(browser, "login:email", ADMIN_EMAIL);
            type(browser, "login:password", ADMIN_PASSWORD);
            browser.clickAndWaitForNextPage(By.id("login:submit"));
            browser.open("/account/");
            browser.clickAndWaitForNextPage(By.id("admin-search-index"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Поиск услуг");
            assertThat(browser.driver().findElement(By.id("documents")).getText())
                    .matches("\\d+");

            browser.driver().findElement(By.id("index:rebuild")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(d -> !d.findElement(By.id("messages")).getText().isBlank());
            assertThat(browser.driver().findElement(By.id("messages")).getText())
                    .containsAnyOf("Перестройка индекса началась.", "Индекс уже перестраивается.");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                    .until(d -> d.findElements(By.id("last-rebuild")).size() == 1
                            && d.findElements(By.id("rebuilding")).isEmpty());
            assertThat(browser.driver().findElement(By.id("last-rebuild")).getText())
                    .startsWith("услуг:");

            WebElement list = browser.driver().findElement(By.id("synonyms:list"));
            long lines = list.getAttribute("value").lines().count();
            list.sendKeys("\nодиночка");
            browser.clickAndWaitForNextPage(By.id("synonyms:save"));
            assertThat(browser.driver()
                            .findElement(By.id("synonyms:list-error"))
                            .getText())
                    .startsWith("Строка " + (lines + 1) + ":")
                    .contains("одиночка")
                    .contains("Ничего не сохранено");
            assertThat(browser.driver().findElement(By.id("synonyms:list")).getAttribute("value"))
                    .as("what was typed stays")
                    .endsWith("одиночка");

            assertThat(browser.driver().findElement(By.id("zero-results")).getText())
                    .contains("zqнетакогословаzq");
            browser.screenshot("admin-search-index-ru");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
