package ru.nko42.portal.it.account;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Inbox;

/** The account pages as a visitor uses them; the selectors live here only. */
public final class AccountPages {

    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https?://\\S+/confirm-email\\?token=[A-Za-z0-9_-]{43}");

    private final Browser browser;

    public AccountPages(Browser browser) {
        this.browser = browser;
    }

    public void signUp(String name, String email, String password, String passwordAgain) {
        browser.open("/signup");
        type("signup:name", name);
        type("signup:email", email);
        type("signup:password", password);
        type("signup:passwordAgain", passwordAgain);
        submit("signup:submit");
    }

    /** Signs up and opens the confirmation link from the mail: the account is active afterwards. */
    public void signUpAndConfirm(String name, String email, String password) throws Exception {
        signUp(name, email, password, password);
        Matcher link = CONFIRM_LINK.matcher(
                Inbox.awaitSubject(email, "Подтвердите адрес электронной почты", Duration.ofSeconds(15))
                        .content()
                        .toString());
        if (!link.find()) {
            throw new AssertionError("no confirmation link in the mail to " + email);
        }
        browser.driver().get(link.group());
        browser.waitForPage();
    }

    public void logIn(String email, String password) {
        browser.open("/login");
        type("login:email", email);
        type("login:password", password);
        submit("login:submit");
    }

    void askForPasswordReset(String email) {
        browser.open("/forgot-password");
        type("forgot:email", email);
        submit("forgot:submit");
    }

    void setNewPassword(String password, String passwordAgain) {
        type("reset:password", password);
        type("reset:passwordAgain", passwordAgain);
        submit("reset:submit");
    }

    public void logOut() {
        submit("logoutForm:logout");
    }

    public String heading() {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    public String fieldError(String fieldId) {
        var errors = browser.driver().findElements(By.id(fieldId + "-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    public String pageMessages() {
        return browser.driver().findElements(By.cssSelector(".ui-messages")).stream()
                .map(WebElement::getText)
                .reduce("", String::concat);
    }

    public String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    boolean headerOffersLogin() {
        return !browser.driver()
                .findElements(By.cssSelector(".user-nav a[href$='/login']"))
                .isEmpty();
    }

    private void type(String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private void submit(String id) {
        browser.clickAndWaitForNextPage(By.id(id));
    }
}
