package ru.nko42.portal.it.directory;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import ru.nko42.portal.it.support.Browser;

/** The public directory's list and profile pages as a visitor uses them; the selectors live here only. */
final class DirectoryPages {

    private final Browser browser;

    DirectoryPages(Browser browser) {
        this.browser = browser;
    }

    void search(String text) {
        browser.open("/organizations?q=" + text);
    }

    void choose(String filterId, String visibleText) {
        new Select(browser.driver().findElement(By.id(filterId))).selectByVisibleText(visibleText);
    }

    String chosen(String filterId) {
        return new Select(browser.driver().findElement(By.id(filterId)))
                .getFirstSelectedOption()
                .getText();
    }

    void apply() {
        browser.clickAndWaitForNextPage(By.cssSelector("#filters button[type='submit']"));
    }

    String found() {
        return browser.driver().findElement(By.id("results-heading")).getText();
    }

    List<String> cardNames() {
        return browser.driver().findElements(By.cssSelector(".directory-card__title a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void openCard(String name) {
        browser.clickAndWaitForNextPage(By.linkText(name));
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    String address() {
        return browser.driver().getCurrentUrl();
    }

    /** Waits until Leaflet has drawn the profile's map with its marker. */
    WebElement mapMarker() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#profile-map .leaflet-marker-icon")));
    }

    void scrollToMap() {
        browser.script("document.getElementById('profile-map').scrollIntoView({block: 'center'});");
    }

    WebElement map() {
        return browser.driver().findElement(By.id("profile-map"));
    }

    String mapAttributionLink() {
        return browser.driver()
                .findElement(By.cssSelector("#profile-map .leaflet-control-attribution a[href*='openstreetmap.org']"))
                .getText();
    }

    int pageWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
    }

    /** Whether the focused element is inside the profile's map. */
    boolean focusInMap() {
        return (Boolean)
                browser.script("return document.getElementById('profile-map')" + ".contains(document.activeElement);");
    }
}
