package ru.nko42.portal.it.admin;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import ru.nko42.portal.it.support.Browser;

/** The administrators' accounts list and one account's page; the selectors live here only. */
public final class UsersPage {

    private final Browser browser;

    public UsersPage(Browser browser) {
        this.browser = browser;
    }

    public void openList() {
        browser.open("/admin/users");
    }

    void followAccountPageLink() {
        browser.open("/account/");
        browser.clickAndWaitForNextPage(By.id("admin-users"));
    }

    public void search(String text, String roleLabel, String statusLabel) {
        WebElement field = browser.driver().findElement(By.id("search:text"));
        field.clear();
        field.sendKeys(text);
        new Select(browser.driver().findElement(By.id("search:role"))).selectByVisibleText(roleLabel);
        new Select(browser.driver().findElement(By.id("search:status"))).selectByVisibleText(statusLabel);
        browser.clickAndWaitForNextPage(By.id("search:submit"));
    }

    List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("#accounts_data > tr")).stream()
                .filter(row ->
                        !row.findElements(By.cssSelector(".users-table__email")).isEmpty())
                .toList();
    }

    List<String> emails() {
        return browser.driver().findElements(By.cssSelector("#accounts_data .users-table__email")).stream()
                .map(WebElement::getText)
                .toList();
    }

    String row(String email) {
        return rows().stream()
                .filter(row -> row.getText().contains(email))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    public void openAccount(String email) {
        browser.clickAndWaitForNextPage(
                By.xpath("//tbody[@id='accounts_data']/tr[.//span[@class='users-table__email' and text()='" + email
                        + "']]//a[contains(@class, 'users-table__name')]"));
    }

    public void tickRole(String role) {
        WebElement box =
                browser.driver().findElement(By.cssSelector("input[name='access:roles'][value='" + role + "']"));
        if (!box.isSelected()) {
            box.click();
        }
    }

    boolean hasRole(String role) {
        return browser.driver()
                .findElement(By.cssSelector("input[name='access:roles'][value='" + role + "']"))
                .isSelected();
    }

    public void tickMunicipality(String name) {
        WebElement box = municipality(name);
        if (!box.isSelected()) {
            box.click();
        }
    }

    List<String> tickedMunicipalities() {
        return browser.driver().findElements(By.cssSelector("input[name='access:municipalities']")).stream()
                .filter(WebElement::isSelected)
                .map(box -> browser.driver()
                        .findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"))
                        .getText())
                .toList();
    }

    private WebElement municipality(String name) {
        String id = browser.driver()
                .findElement(By.xpath("//*[@id='access:municipalities']//label[normalize-space()='" + name + "']"))
                .getAttribute("for");
        return browser.driver().findElement(By.id(id));
    }

    public void save() {
        browser.clickAndWaitForNextPage(By.id("access:save"));
    }

    void block() {
        browser.clickAndWaitForNextPage(By.id("status:block"));
    }

    String status() {
        return browser.driver().findElement(By.id("user-status")).getText();
    }

    String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    String pageMessages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }

    int pageWidth() {
        return ((Number) browser.script("return document.documentElement.scrollWidth;")).intValue();
    }
}
