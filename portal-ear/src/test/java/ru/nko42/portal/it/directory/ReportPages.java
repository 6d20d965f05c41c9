package ru.nko42.portal.it.directory;

import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.support.Browser;

/** "Report an error" as a visitor uses it, from a public profile; the selectors live here only. */
final class ReportPages {

    private static final String FORM = "report";

    private final Browser browser;

    ReportPages(Browser browser) {
        this.browser = browser;
    }

    /** Follows the profile's link to the form. */
    void openFromProfile() {
        browser.clickAndWaitForNextPage(By.id("profile-report"));
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    String organization() {
        return browser.driver().findElement(By.id("report-organization")).getText();
    }

    void type(String field, String value) {
        WebElement input = field(field);
        input.clear();
        input.sendKeys(value);
    }

    String value(String field) {
        return field(field).getAttribute("value");
    }

    void send() {
        browser.clickAndWaitForNextPage(By.id(FORM + ":send"));
    }

    String fieldError(String field) {
        var errors = browser.driver().findElements(By.id(FORM + ":" + field + "-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    boolean markedInvalid(String field) {
        return "true".equals(field(field).getAttribute("aria-invalid"));
    }

    String pageMessages() {
        return browser
                .driver()
                .findElements(By.cssSelector("#" + FORM + " .ui-messages, #" + FORM + " .notice"))
                .stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b)
                .strip();
    }

    /** The field only robots fill in: the input, and the block that hides it. */
    WebElement trap() {
        return field("website");
    }

    String trapBlockAttribute(String name) {
        return trap().findElement(By.xpath("ancestor::div[contains(@class,'form-trap')]"))
                .getAttribute(name);
    }

    /** Whether the trap lies wholly outside the page's visible width. */
    boolean trapOffScreen() {
        Rectangle box = trap().getRect();
        return box.getX() + box.getWidth() <= 0;
    }

    /** The confirmation after sending, or empty while there is none. */
    String confirmation() {
        var sent = browser.driver().findElements(By.id("report-sent"));
        return sent.isEmpty() ? "" : sent.get(0).getText();
    }

    boolean formShown() {
        return !browser.driver().findElements(By.id(FORM)).isEmpty();
    }

    /** Whether the page is the portal's "not found". */
    boolean notFound() {
        return !browser.driver().findElements(By.id("error-404")).isEmpty();
    }

    /** Scrolls the form's text field to the middle of the screen, for a screenshot. */
    void scrollToText() {
        browser.script("document.getElementById('report:text').scrollIntoView({block: 'center'});");
    }

    /** Follows the link back to the profile. */
    void backToProfile() {
        browser.clickAndWaitForNextPage(By.id("report-back"));
    }

    private WebElement field(String field) {
        return browser.driver().findElement(By.id(FORM + ":" + field));
    }
}
