package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;

/**
 * The open data API's documentation page in Chromium on a phone 360 px wide: Swagger UI loads the server's OpenAPI
 * document (no script refused), lists the HSDS operations, opens one from the keyboard, and scrolls no sideways.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenDataDocsBrowserIT {

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void theDocumentationListsTheOperationsOnAPhone() throws Exception {
        try (Browser browser = Browser.phone("ru")) {
            browser.open("/api/docs/");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(driver -> !driver.findElements(By.cssSelector(".opblock-summary-path"))
                            .isEmpty());

            assertThat(browser.driver().findElements(By.cssSelector(".opblock-summary-path")))
                    .extracting(element -> element.getAttribute("data-path"))
                    .contains("/api/hsds/services", "/api/hsds/services/{id}", "/api/hsds/organizations");
            assertThat(browser.driver()
                            .findElement(By.cssSelector(".info .title"))
                            .getText())
                    .contains("HSDS 3.0");
            assertThat(browser.driver().findElement(By.tagName("main")).getAttribute("aria-label"))
                    .isNotBlank();

            WebElement operation = browser.driver().findElement(By.cssSelector(".opblock-summary-control"));
            operation.sendKeys(Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(driver -> !driver.findElements(By.cssSelector(".opblock.is-open"))
                            .isEmpty());

            assertThat((Boolean) browser.script(
                            "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"))
                    .as("no sideways scrolling at 360 px")
                    .isFalse();
            browser.screenshot("api-docs-phone");
        }
    }
}
