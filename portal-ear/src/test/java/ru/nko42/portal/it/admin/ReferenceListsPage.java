package ru.nko42.portal.it.admin;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.support.Browser;

/** The administrators' reference lists page, and the login that leads to it; the selectors live here only. */
final class ReferenceListsPage {

    static final String ADMIN_EMAIL = "first-admin@example.org";
    static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";

    private final Browser browser;

    ReferenceListsPage(Browser browser) {
        this.browser = browser;
    }

    /** The first administrator the test server was given (arquillian.xml: -Dportal.admin.email, -password). */
    ReferenceListsPage logInAsAdministrator() {
        return logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    ReferenceListsPage logIn(String email, String password) {
        browser.open("/login");
        type("login:email", email);
        type("login:password", password);
        browser.clickAndWaitForNextPage(By.id("login:submit"));
        return this;
    }

    /** Signs up a member; the address still needs confirming from the mail. */
    void signUp(String name, String email, String password) {
        browser.open("/signup");
        type("signup:name", name);
        type("signup:email", email);
        type("signup:password", password);
        type("signup:passwordAgain", password);
        browser.clickAndWaitForNextPage(By.id("signup:submit"));
    }

    ReferenceListsPage open(String list) {
        browser.open("/admin/reference-lists?list=" + list);
        return this;
    }

    void openTab(String list) {
        browser.clickAndWaitForNextPage(By.id("tab-" + list));
    }

    String tabLabel(String list) {
        return browser.driver().findElement(By.id("tab-" + list)).getText();
    }

    String currentTab() {
        return browser.driver()
                .findElement(By.cssSelector("nav.tabs a[aria-current='page']"))
                .getAttribute("id");
    }

    void add(String code, String nameRu, String nameEn) {
        type("entry:code", code);
        type("entry:nameRu", nameRu);
        type("entry:nameEn", nameEn);
        browser.clickAndWaitForNextPage(By.id("entry:submit"));
    }

    void edit(String code) {
        browser.clickAndWaitForNextPage(By.xpath("//tbody[@id='entries_data']/tr[.//code[text()='" + code
                + "']]//a[contains(@class, 'reference-table__edit')]"));
    }

    void rename(String nameRu, String nameEn) {
        type("entry:nameRu", nameRu);
        type("entry:nameEn", nameEn);
        save();
    }

    void switchOff() {
        WebElement active = browser.driver().findElement(By.id("entry:active"));
        if (active.isSelected()) {
            active.click();
        }
        save();
    }

    void save() {
        browser.clickAndWaitForNextPage(By.id("entry:save"));
    }

    String editedCode() {
        return browser.driver().findElement(By.id("edited-code")).getText();
    }

    String typed(String fieldId) {
        return browser.driver().findElement(By.id(fieldId)).getAttribute("value");
    }

    Optional<WebElement> row(String code) {
        return rows().stream()
                .filter(row -> !row.findElements(By.xpath(".//code[text()='" + code + "']"))
                        .isEmpty())
                .findFirst();
    }

    List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#entries_data > tr"));
    }

    List<String> codes() {
        return browser.driver().findElements(By.cssSelector("#entries_data code.reference-table__code")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String state(String code) {
        return row(code)
                .orElseThrow()
                .findElement(By.cssSelector(".reference-state"))
                .getText();
    }

    boolean shownInactive(String code) {
        return row(code).orElseThrow().getAttribute("class").contains("is-inactive");
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    String fieldError(String fieldId) {
        var errors = browser.driver().findElements(By.id(fieldId + "-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    boolean markedInvalid(String fieldId) {
        return "true".equals(browser.driver().findElement(By.id(fieldId)).getAttribute("aria-invalid"));
    }

    String pageMessages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }

    boolean accountPageLinksHere() {
        return !browser.driver().findElements(By.id("admin-reference-lists")).isEmpty();
    }

    void followAccountPageLink() {
        browser.clickAndWaitForNextPage(By.id("admin-reference-lists"));
    }

    boolean offersReload() {
        return !browser.driver().findElements(By.id("reload")).isEmpty();
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
