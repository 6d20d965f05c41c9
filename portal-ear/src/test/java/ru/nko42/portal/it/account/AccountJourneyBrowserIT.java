package ru.nko42.portal.it.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;

/** A representative signs up, confirms the address from the mail, logs in and out: in Chromium, in Russian. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class AccountJourneyBrowserIT {

    private static final String PASSWORD = "кедр-трамвай-облако-2026";
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https?://\\S+/confirm-email\\?token=[A-Za-z0-9_-]{43}");

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void signUpConfirmFromTheMailLogInAndOut() throws Exception {
        String email = "tos-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages pages = new AccountPages(browser);
            browser.open("/");
            assertThat(pages.headerOffersLogin()).isTrue();

            pages.signUp("Мария Иванова", email, PASSWORD, PASSWORD);
            assertThat(pages.heading()).isEqualTo("Проверьте почту");
            browser.screenshot("signup-sent-ru");

            var mail = Inbox.awaitFirst(email, Duration.ofSeconds(15));
            assertThat(mail.subject()).isEqualTo("Подтвердите адрес электронной почты");
            var link = CONFIRM_LINK.matcher(mail.content().toString());
            assertThat(link.find()).isTrue();

            pages.logIn(email, PASSWORD);
            assertThat(pages.pageMessages()).contains("Неверный адрес электронной почты или пароль");

            browser.driver().get(link.group());
            browser.waitForPage();
            assertThat(pages.text("confirmed")).isEqualTo("Адрес подтверждён. Теперь вы можете войти.");

            browser.open("/login");
            String anonymousSession = browser.sessionId();
            assertThat(anonymousSession).isNotNull();
            pages.logIn(email, PASSWORD);
            assertThat(pages.heading()).isEqualTo("Моя учётная запись");
            assertThat(browser.sessionId()).as("a new session id at login").isNotEqualTo(anonymousSession);
            assertThat(pages.headerOffersLogin()).isFalse();
            assertThat(pages.text("signed-in-as")).contains(email);
            browser.screenshot("account-ru");

            pages.logOut();
            browser.screenshot("after-logout-ru");
            assertThat(pages.headerOffersLogin()).isTrue();
            browser.open("/account/");
            assertThat(pages.heading()).isEqualTo("Вход");
        }
    }

    @Test
    void badSignUpsAreExplainedNextToTheFieldAndSaveNothing() throws Exception {
        String email = "weak-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages pages = new AccountPages(browser);

            pages.signUp("Пётр", email, "password1234", "password1234");
            assertThat(pages.heading()).isEqualTo("Регистрация");
            assertThat(pages.fieldError("signup:password")).contains("Этот пароль легко угадать");
            browser.screenshot("signup-weak-password-ru");

            pages.signUp("Пётр", email, PASSWORD, PASSWORD + "!");
            assertThat(pages.fieldError("signup:passwordAgain")).isEqualTo("Пароли не совпадают.");

            pages.signUp("<script>alert(1)</script>", "не адрес", PASSWORD, PASSWORD);
            assertThat(pages.fieldError("signup:email")).contains("Введите адрес электронной почты");

            pages.logIn(email, PASSWORD);
            assertThat(pages.pageMessages()).contains("Неверный адрес");
        }
    }

    @Test
    void theFirstAdministratorGivenToTheServerCanLogIn() throws Exception {
        // arquillian.xml gives the test server -Dportal.admin.email and -Dportal.admin.password
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages pages = new AccountPages(browser);

            pages.logIn("first-admin@example.org", "первый-администратор-тест-2026");

            assertThat(pages.heading()).isEqualTo("Моя учётная запись");
            assertThat(pages.text("signed-in-as")).contains("first-admin@example.org");
        }
    }

    @Test
    void aForgottenPasswordIsReplacedFromTheMailedLink() throws Exception {
        String email = "forgetful-" + System.nanoTime() + "@example.org";
        String newPassword = "сосна-пароход-вьюга-1942";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages pages = new AccountPages(browser);
            pages.signUp("Забывчивый Член", email, PASSWORD, PASSWORD);
            var confirm = CONFIRM_LINK.matcher(
                    Inbox.awaitFirst(email, Duration.ofSeconds(15)).content().toString());
            assertThat(confirm.find()).isTrue();
            browser.driver().get(confirm.group());

            pages.askForPasswordReset(email);
            assertThat(pages.pageMessages()).contains("отправили на него ссылку");
            var reset = Pattern.compile("https?://\\S+/reset-password\\?token=[A-Za-z0-9_-]{43}")
                    .matcher(Inbox.awaitSubject(email, "Новый пароль для портала", Duration.ofSeconds(15))
                            .content()
                            .toString());
            assertThat(reset.find()).isTrue();
            browser.driver().get(reset.group());
            browser.waitForPage();
            pages.setNewPassword(newPassword, newPassword + "x");
            assertThat(pages.fieldError("reset:passwordAgain")).isEqualTo("Пароли не совпадают.");
            pages.setNewPassword(newPassword, newPassword);
            assertThat(pages.pageMessages()).contains("Пароль изменён");

            pages.logIn(email, newPassword);
            assertThat(pages.heading()).isEqualTo("Моя учётная запись");
        }
    }

    @Test
    void aBrokenConfirmationLinkSaysSo() throws Exception {
        try (Browser browser = Browser.desktop("en")) {
            browser.open("/confirm-email?token=" + "x".repeat(43));
            assertThat(new AccountPages(browser).text("not-confirmed")).startsWith("The link does not work");
        }
    }
}
