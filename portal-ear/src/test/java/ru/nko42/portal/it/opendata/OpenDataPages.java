package ru.nko42.portal.it.opendata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.nko42.portal.it.support.Browser;

/** The import page and the API tokens page; the selectors live here only. */
final class OpenDataPages {

    /** The first administrator the test server was given (see arquillian.xml). */
    private static final String ADMIN_EMAIL = "first-admin@example.org";

    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";

    private final Browser browser;

    OpenDataPages(Browser browser) {
        this.browser = browser;
    }

    OpenDataPages logInAsAdministrator() {
        browser.open("/login");
        type("login:email", ADMIN_EMAIL);
        type("login:password", ADMIN_PASSWORD);
        browser.clickAndWaitForNextPage(By.id("login:submit"));
        return this;
    }

    boolean accountPageLinksTo(String id) {
        browser.open("/account/");
        return !browser.driver().findElements(By.id(id)).isEmpty();
    }

    void openImport() {
        browser.open("/admin/import");
    }

    /** Uploads the text as a file with the options and starts the import. */
    void importFile(String name, String content, boolean publish, String municipalityCode) throws IOException {
        Path file = Files.createTempDirectory("import").resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.driver()
                .findElement(By.id("import:file"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.driver()
                .findElement(By.cssSelector("input[name='import:publish'][value='" + publish + "']"))
                .click();
        new Select(browser.driver().findElement(By.id("import:municipality"))).selectByValue(municipalityCode);
        browser.clickAndWaitForNextPage(By.id("import:start"));
    }

    boolean progressShown() {
        return !browser.driver().findElements(By.id("run:bar")).isEmpty();
    }

    /** Waits (as the page polls) until the report is there. */
    void waitForReport() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.id("report-counts")).isEmpty());
        browser.waitForPage();
    }

    String count(String outcome) {
        return browser.driver().findElement(By.id("report-" + outcome)).getText();
    }

    String progressText() {
        return browser.driver().findElement(By.id("progress-text")).getText();
    }

    List<String> refusalRows() {
        return browser.driver().findElements(By.cssSelector("#run\\:refusals_data tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String fileError() {
        return browser.driver().findElement(By.id("import:file-error")).getText();
    }

    void openTokens() {
        browser.open("/admin/api-tokens");
    }

    /** Creates a token; the token shown once. */
    String createToken(String name) {
        type("token:name", name);
        browser.clickAndWaitForNextPage(By.id("token:create"));
        return browser.driver().findElement(By.id("token-value")).getText();
    }

    void revoke(String name) {
        browser.clickAndWaitForNextPage(By.xpath("//tbody[@id='list:tokens_data']/tr[.//span[@class='token-name' and"
                + " text()='" + name + "']]//input[contains(@id, ':revoke')]"));
    }

    String tokenRow(String name) {
        return browser.driver()
                .findElement(By.xpath(
                        "//tbody[@id='list:tokens_data']/tr[.//span[@class='token-name' and text()='" + name + "']]"))
                .getText();
    }

    String pageText() {
        return browser.driver().findElement(By.tagName("main")).getText();
    }

    int pageWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
    }

    private void type(String id, String text) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
