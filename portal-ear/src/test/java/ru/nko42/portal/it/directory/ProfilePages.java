package ru.nko42.portal.it.directory;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.nko42.portal.it.support.Browser;

/** My account's organization pages as a representative and an administrator use them; selectors live here only. */
final class ProfilePages {

    private final Browser browser;

    ProfilePages(Browser browser) {
        this.browser = browser;
    }

    void startRegistration(String kind) {
        browser.open("/account/");
        browser.clickAndWaitForNextPage(By.id("TOS".equals(kind) ? "register-tos" : "register-ngo"));
    }

    void openEditor(long organizationId) {
        browser.open("/account/profile?id=" + organizationId);
    }

    void type(String field, String value) {
        WebElement input = browser.driver().findElement(By.id("profile:" + field));
        input.clear();
        input.sendKeys(value);
    }

    String value(String field) {
        return browser.driver().findElement(By.id("profile:" + field)).getAttribute("value");
    }

    void choose(String field, String value) {
        new Select(browser.driver().findElement(By.id("profile:" + field))).selectByValue(value);
    }

    void tick(String field, String code) {
        browser.driver()
                .findElement(By.cssSelector("input[name='profile:" + field + "'][value='" + code + "']"))
                .click();
    }

    void attachLogo(Path file) {
        browser.driver()
                .findElement(By.id("profile:logo"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    boolean showsLogo() {
        return !browser.driver()
                .findElements(By.cssSelector("dl.details img[src*='/logos/']"))
                .isEmpty();
    }

    /** After registering numbers the directory knows: asks its representatives to let me in. */
    void claimExisting(String message) {
        WebElement field = browser.driver().findElement(By.id("profile:claimMessage"));
        field.clear();
        field.sendKeys(message);
        browser.clickAndWaitForNextPage(By.id("profile:claim"));
    }

    boolean offersClaim() {
        return !browser.driver().findElements(By.id("profile:claim")).isEmpty();
    }

    void submit() {
        browser.clickAndWaitForNextPage(By.id("profile:submit"));
    }

    void saveDraft() {
        browser.clickAndWaitForNextPage(By.id("profile:saveDraft"));
    }

    void saveMineOverTheirs() {
        browser.clickAndWaitForNextPage(By.id("profile:saveOver"));
    }

    boolean showsConflict() {
        return !browser.driver().findElements(By.id("profile:conflict")).isEmpty();
    }

    String fieldError(String field) {
        List<WebElement> errors = browser.driver().findElements(By.id("profile:" + field + "-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    boolean fieldMarkedInvalid(String field) {
        return "true"
                .equals(browser.driver().findElement(By.id("profile:" + field)).getAttribute("aria-invalid"));
    }

    /** The organization page of my account that a save leads to: its id from the address. */
    long organizationIdFromAddress() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=([0-9]+).*", "$1"));
    }

    String revisionState() {
        return browser.driver().findElement(By.id("revision-state")).getText();
    }

    String latestProfile() {
        return browser.driver().findElement(By.cssSelector("dl.details")).getText();
    }

    void invite(String email) {
        WebElement field = browser.driver().findElement(By.id("invite:email"));
        field.clear();
        field.sendKeys(email);
        browser.clickAndWaitForNextPage(By.id("invite:send"));
    }

    void acceptInvitation(String link) {
        browser.driver().get(link);
        browser.waitForPage();
        browser.clickAndWaitForNextPage(By.id("invitation:accept"));
    }

    List<String> myOrganizations() {
        browser.open("/account/");
        return browser.driver().findElements(By.cssSelector("#my-organizations .card__title")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
