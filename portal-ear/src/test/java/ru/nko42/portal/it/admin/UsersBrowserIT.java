package ru.nko42.portal.it.admin;

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

/**
 * The test server's first administrator manages accounts in Chromium: makes a freshly confirmed member a moderator
 * of two municipalities, blocks another account, which then cannot log in; on a phone nothing scrolls sideways.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class UsersBrowserIT {

    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https?://\\S+/confirm-email\\?token=[A-Za-z0-9_-]{43}");
    private static final String PASSWORD = "рябина-телескоп-омут-2026";

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void theFirstAdministratorMakesAModeratorAndBlocksAnAccount() throws Exception {
        String stamp = String.valueOf(System.nanoTime());
        String moderator = "moderator-" + stamp + "@example.org";
        String blocked = "blocked-" + stamp + "@example.org";
        try (Browser browser = Browser.desktop("ru")) {
            ReferenceListsPage login = new ReferenceListsPage(browser);
            signUpAndConfirm(browser, login, "Будущий модератор " + stamp, moderator);
            signUpAndConfirm(browser, login, "Нарушитель " + stamp, blocked);
            login.logIn(blocked, PASSWORD);
            assertThat(login.heading()).as("confirmed, so it logs in").isEqualTo("Моя учётная запись");
            browser.driver().manage().deleteAllCookies();

            login.logInAsAdministrator();
            UsersPage users = new UsersPage(browser);
            users.followAccountPageLink();
            assertThat(users.heading()).isEqualTo("Учётные записи");
            users.search(ReferenceListsPage.ADMIN_EMAIL, "любая", "любая");
            assertThat(users.emails()).containsExactly(ReferenceListsPage.ADMIN_EMAIL);
            assertThat(users.row(ReferenceListsPage.ADMIN_EMAIL))
                    .contains("Администратор", "Действует")
                    .doesNotContain("не входил(а)");

            users.search(stamp, "любая", "любая");
            assertThat(users.emails()).containsExactlyInAnyOrder(moderator, blocked);
            assertThat(users.row(moderator)).contains("Участник", "Действует");
            users.openAccount(moderator);
            assertThat(users.heading()).isEqualTo("Будущий модератор " + stamp);
            users.tickRole("MODERATOR");
            users.tickMunicipality("Кемеровский городской округ");
            users.tickMunicipality("Юргинский городской округ");
            users.save();
            assertThat(users.pageMessages()).contains("Изменения сохранены.");
            assertThat(users.hasRole("MODERATOR")).isTrue();
            assertThat(users.hasRole("MEMBER")).isTrue();
            assertThat(users.tickedMunicipalities())
                    .containsExactlyInAnyOrder("Кемеровский городской округ", "Юргинский городской округ");
            browser.screenshot("admin-user-moderator-ru");

            users.openList();
            users.search(stamp, "Модератор", "любая");
            assertThat(users.emails()).containsExactly(moderator);

            users.search(blocked, "любая", "любая");
            users.openAccount(blocked);
            users.block();
            assertThat(users.pageMessages()).contains("Учётная запись заблокирована.");
            assertThat(users.status()).isEqualTo("Заблокирована");
            users.openList();
            users.search(stamp, "любая", "Заблокирована");
            assertThat(users.emails()).containsExactly(blocked);
            browser.screenshot("admin-users-ru");
        }
        try (Browser other = Browser.desktop("ru")) {
            ReferenceListsPage login = new ReferenceListsPage(other);
            login.logIn(blocked, PASSWORD);
            assertThat(login.heading())
                    .as("a blocked account stays at the login")
                    .isEqualTo("Вход");
            login.logIn(moderator, PASSWORD);
            assertThat(login.heading()).isEqualTo("Моя учётная запись");
        }
    }

    @Test
    void onA360PixelPhoneNothingScrollsSideways() throws Exception {
        try (Browser browser = Browser.phone("ru")) {
            new ReferenceListsPage(browser).logInAsAdministrator();
            UsersPage users = new UsersPage(browser);
            users.openList();
            assertThat(users.rows()).isNotEmpty();
            assertThat(users.pageWidth()).isLessThanOrEqualTo(360);
            browser.screenshot("admin-users-phone-ru");

            users.search(ReferenceListsPage.ADMIN_EMAIL, "любая", "любая");

            users.openAccount(ReferenceListsPage.ADMIN_EMAIL);
            assertThat(users.pageWidth()).isLessThanOrEqualTo(360);
            browser.screenshot("admin-user-phone-ru");
        }
    }

    private static void signUpAndConfirm(Browser browser, ReferenceListsPage page, String name, String email)
            throws Exception {
        page.signUp(name, email, PASSWORD);
        var link = CONFIRM_LINK.matcher(
                Inbox.awaitFirst(email, Duration.ofSeconds(15)).content().toString());
        assertThat(link.find()).isTrue();
        browser.driver().get(link.group());
        browser.waitForPage();
    }
}
