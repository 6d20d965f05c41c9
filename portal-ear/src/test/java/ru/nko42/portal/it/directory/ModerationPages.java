package ru.nko42.portal.it.directory;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.nko42.portal.it.support.Browser;

/** The moderation queue and an item's page as a moderator uses them; the selectors live here only. */
final class ModerationPages {

    private final Browser browser;

    ModerationPages(Browser browser) {
        this.browser = browser;
    }

    /** The queue, filtered by a text of the titles. */
    void openQueue(String titleText) {
        browser.open("/moderation/");
        WebElement text = browser.driver().findElement(By.id("text"));
        text.clear();
        text.sendKeys(titleText);
        browser.clickAndWaitForNextPage(By.id("filter-submit"));
    }

    List<String> titles() {
        return browser.driver().findElements(By.cssSelector(".queue-table__title")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void openItem(String title) {
        browser.clickAndWaitForNextPage(By.linkText(title));
    }

    void openItemById(long id) {
        browser.open("/moderation/item?id=" + id);
    }

    long itemIdFromAddress() {
        return Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    }

    String menuCount() {
        return browser.driver()
                .findElement(By.cssSelector("#moderation-menu .user-nav__count"))
                .getText();
    }

    void take() {
        browser.clickAndWaitForNextPage(By.id("claimForm:take"));
    }

    String claimState() {
        return browser.driver().findElement(By.id("claim-state")).getText();
    }

    /** The labels of the changed rows of a profile's comparison. */
    List<String> changedFields() {
        return browser.driver().findElements(By.cssSelector("#comparison tr[data-changed='true'] th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void useTemplate(String title) {
        new Select(browser.driver().findElement(By.id("decide:template"))).selectByVisibleText(title);
        browser.clickAndWaitForNextPage(By.id("decide:use-template"));
    }

    String reason() {
        return browser.driver().findElement(By.id("decide:reason")).getAttribute("value");
    }

    void typeReason(String reason) {
        WebElement field = browser.driver().findElement(By.id("decide:reason"));
        field.clear();
        field.sendKeys(reason);
    }

    /** Sends a decision: APPROVED, CHANGES_REQUESTED or REJECTED. */
    void decide(String decision) {
        browser.clickAndWaitForNextPage(By.cssSelector("input[data-decision='" + decision + "']"));
    }

    String messages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }

    String fieldError(String id) {
        return browser.driver().findElement(By.id("decide:" + id + "-error")).getText();
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }
}
