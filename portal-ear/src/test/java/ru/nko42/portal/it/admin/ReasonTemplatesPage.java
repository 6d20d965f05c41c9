package ru.nko42.portal.it.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.support.Browser;

/** The administrators' reason templates page; the selectors live here only. */
final class ReasonTemplatesPage {

    private final Browser browser;

    ReasonTemplatesPage(Browser browser) {
        this.browser = browser;
    }

    /** The first administrator the test server was given, as the reference lists' tests log in. */
    ReasonTemplatesPage logInAsAdministrator() {
        new ReferenceListsPage(browser).logInAsAdministrator();
        return this;
    }

    void open() {
        browser.open("/admin/reason-templates");
    }

    boolean accountPageLinksHere() {
        return !browser.driver().findElements(By.id("admin-reason-templates")).isEmpty();
    }

    void followAccountPageLink() {
        browser.clickAndWaitForNextPage(By.id("admin-reason-templates"));
    }

    void add(String title, String body) {
        type("template:title", title);
        type("template:body", body);
        browser.clickAndWaitForNextPage(By.id("template:submit"));
    }

    void edit(String title) {
        browser.clickAndWaitForNextPage(By.xpath(row(title) + "//a[contains(@class, 'reason-table__edit')]"));
    }

    void change(String title, String body) {
        type("template:title", title);
        type("template:body", body);
        browser.clickAndWaitForNextPage(By.id("template:save"));
    }

    void moveUp(String title) {
        browser.clickAndWaitForNextPage(By.xpath(row(title) + "//input[contains(@id, ':up')]"));
    }

    void switchOff(String title) {
        browser.clickAndWaitForNextPage(By.xpath(row(title) + "//input[contains(@id, ':off')]"));
    }

    String typed(String fieldId) {
        return browser.driver().findElement(By.id(fieldId)).getAttribute("value");
    }

    List<String> titles() {
        return browser.driver().findElements(By.cssSelector("#list\\:templates_data .reason-table__title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String rowText(String title) {
        return browser.driver().findElement(By.xpath(row(title))).getText();
    }

    boolean shownInactive(String title) {
        return browser.driver()
                .findElement(By.xpath(row(title)))
                .getAttribute("class")
                .contains("is-inactive");
    }

    /** The element the address's fragment names, where the page was scrolled to; empty without one. */
    String target() {
        Object id = browser.script("var t = document.querySelector(':target'); return t ? t.textContent : '';");
        return String.valueOf(id);
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    String formHeading() {
        return browser.driver().findElement(By.id("template-form-heading")).getText();
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

    int pageWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
    }

    private static String row(String title) {
        return "//tbody[@id='list:templates_data']/tr[.//strong[contains(@class, 'reason-table__title') and text()='"
                + title + "']]";
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}
