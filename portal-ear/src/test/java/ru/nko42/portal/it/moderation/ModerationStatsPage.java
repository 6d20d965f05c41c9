package ru.nko42.portal.it.moderation;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.nko42.portal.it.support.Browser;

/** The moderation dashboard as a moderator uses it; the selectors live here only. */
final class ModerationStatsPage {

    static final List<String> CHARTS = List.of("decided-chart", "median-chart", "open-chart");

    private final Browser browser;

    ModerationStatsPage(Browser browser) {
        this.browser = browser;
    }

    void open() {
        browser.open("/moderation/stats");
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    /** Whether Chart.js drew the chart on its canvas (it did only if the page's scripts ran under the CSP). */
    boolean drawn(String chart) {
        return (Boolean) browser.script("var canvas = document.getElementById('" + chart + "_canvas');"
                + " var drawn = window.Chart && Chart.getChart(canvas);"
                + " return !!drawn && canvas.width > 0 && canvas.height > 0;");
    }

    WebElement canvas(String chart) {
        return browser.driver().findElement(By.id(chart + "_canvas"));
    }

    String total(String id) {
        return browser.driver().findElement(By.id("total-" + id)).getText();
    }

    String caption(String table) {
        return browser.driver()
                .findElement(By.cssSelector("#" + table + " caption"))
                .getText();
    }

    List<String> columnHeaders(String table) {
        return texts("#" + table + " thead th[scope='col']");
    }

    List<String> rows(String table) {
        return texts("#" + table + " tbody tr");
    }

    String footer(String table) {
        return browser.driver()
                .findElement(By.cssSelector("#" + table + " tfoot tr"))
                .getText();
    }

    String chosenPeriod() {
        return new Select(browser.driver().findElement(By.id("weeks")))
                .getFirstSelectedOption()
                .getText();
    }

    void showPeriod(String label) {
        new Select(browser.driver().findElement(By.id("weeks"))).selectByVisibleText(label);
        browser.clickAndWaitForNextPage(By.id("show"));
    }

    /** Makes the window as tall as the page, so that a screenshot shows all of it. */
    void showWholePage() {
        int height = ((Number) browser.script("return document.documentElement.scrollHeight;")).intValue();
        Dimension size = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(size.getWidth(), height + 200));
        browser.waitForPage();
    }

    /** Whether the table fits its box, or must be scrolled sideways inside it. */
    boolean fits(String table) {
        return (Boolean) browser.script("var box = document.getElementById('" + table + "').parentElement;"
                + " return box.scrollWidth <= box.clientWidth;");
    }

    int pageWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
    }

    private List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }
}
