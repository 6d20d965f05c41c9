package ru.nko42.portal.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.support.Browser;

/** The home page as a visitor sees it; its selectors live here only. */
final class HomePage {

    private final Browser browser;

    HomePage(Browser browser) {
        this.browser = browser;
    }

    HomePage open() {
        browser.open("/");
        return this;
    }

    String language() {
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    List<String> menu() {
        return browser.driver().findElements(By.cssSelector("nav.site-nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String currentMenuItem() {
        return browser.driver()
                .findElement(By.cssSelector("nav.site-nav a[aria-current='page']"))
                .getText();
    }

    List<WebElement> municipalityLinks() {
        return browser.driver().findElements(By.cssSelector("#municipality-list a"));
    }

    String municipalityCount() {
        return browser.driver()
                .findElement(By.cssSelector("#stat-municipalities .stat__number"))
                .getText();
    }

    void switchLanguage(String label) {
        browser.clickAndWaitForNextPage(By.xpath("//form[@id='languageForm']//input[@value='" + label + "']"));
    }
}
