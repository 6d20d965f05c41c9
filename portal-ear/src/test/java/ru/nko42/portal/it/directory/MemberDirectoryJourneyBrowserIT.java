package ru.nko42.portal.it.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;

/**
 * The member directory as its people use it, in Chromium against the real portal: a representative signs up,
 * registers an organization and submits it; an administrator sends it back and then approves it; it appears in the
 * public directory under its municipality. And the hard parts of the form: refusals next to the fields, a second
 * representative invited by mail, and two people saving one profile at once.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MemberDirectoryJourneyBrowserIT {

    private static final String PASSWORD = "берёза-самокат-метель-2026";
    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";
    private static final Pattern CONFIRM_LINK =
            Pattern.compile("https?://\\S+/confirm-email\\?token=[A-Za-z0-9_-]{43}");
    private static final Pattern INVITATION_LINK =
            Pattern.compile("https?://\\S+/account/invitation\\?token=[A-Za-z0-9_-]{43}");
    private static final String MUNICIPALITY = "mezhdurechensky-go";

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void aNewOrganizationGoesFromSignUpThroughModerationIntoTheDirectory() throws Exception {
        String email = "ngo-" + System.nanoTime() + "@example.org";
        String shortName = "АНО «Тёплый дом " + System.nanoTime() + "»";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            ProfilePages profile = new ProfilePages(browser);
            signUpAndConfirm(browser, account, "Анна Сергеевна Петрова", email);
            account.logIn(email, PASSWORD);

            profile.startRegistration("NGO");
            profile.type("fullName", "Автономная некоммерческая организация " + shortName);
            profile.type("shortName", shortName);
            profile.choose("legalForm", "ano");
            profile.choose("municipality", MUNICIPALITY);
            profile.type("inn", RegistrationNumbers.inn());
            profile.type("ogrn", RegistrationNumbers.ogrn());
            profile.type("kpp", RegistrationNumbers.kpp());
            profile.type("phone", "+7 (38475) 2-11-22");
            profile.type("email", "info@teplydom.example.org");
            profile.type("description", "Помогаем пожилым людям на дому.\nРаботаем с 2015 года.");
            profile.tick("activityAreas", "social-support");
            browser.screenshot("profile-filled-ru");
            profile.submit();

            assertThat(profile.revisionState()).isEqualTo("На проверке");
            long id = profile.organizationIdFromAddress();
            browser.screenshot("profile-pending-ru");
            browser.open("/organizations/" + id);
            assertThat(account.heading()).as("not public before approval").isNotEqualTo(shortName);
            account.logOut();

            account.logIn(ADMIN, ADMIN_PASSWORD);
            profile.openPendingItem(shortName);
            profile.reject("Укажите почтовый адрес организации.");
            assertThat(profile.revisionState()).isEqualTo("Возвращён на доработку");
            account.logOut();

            var rejected = Inbox.awaitSubject(
                    email, "Профиль организации «" + shortName + "» нужно исправить", Duration.ofSeconds(15));
            assertThat(rejected.content().toString()).contains("Укажите почтовый адрес организации.");

            account.logIn(email, PASSWORD);
            profile.openEditor(id);
            profile.type("postalAddress", "652870, Междуреченск, пр. Коммунистический, 1");
            profile.submit();
            assertThat(profile.revisionState()).isEqualTo("На проверке");
            account.logOut();

            account.logIn(ADMIN, ADMIN_PASSWORD);
            profile.openPendingItem(shortName);
            browser.screenshot("admin-decides-ru");
            profile.approve();
            assertThat(profile.revisionState()).isEqualTo("Опубликован");
            account.logOut();

            browser.open("/organizations?municipality=" + MUNICIPALITY);
            browser.screenshot("directory-filtered-ru");
            By card = By.cssSelector("a[href*='/organizations/" + id + "-']");
            assertThat(browser.driver().findElements(card)).hasSize(1);
            browser.clickAndWaitForNextPage(card);
            assertThat(account.heading()).isEqualTo(shortName);
            assertThat(browser.driver().getPageSource()).contains("652870, Междуреченск");
            browser.screenshot("directory-profile-ru");
        }
    }

    @Test
    void refusalsAreShownNextToTheFieldsAndTheTypedInputStays() throws Exception {
        String email = "careful-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            ProfilePages profile = new ProfilePages(browser);
            signUpAndConfirm(browser, account, "Осторожный Пользователь", email);
            account.logIn(email, PASSWORD);

            profile.startRegistration("NGO");
            String name = "Фонд <script>alert('x')</script> " + System.nanoTime();
            profile.type("fullName", name);
            profile.choose("legalForm", "fund");
            profile.choose("municipality", MUNICIPALITY);
            profile.type("inn", "7707083894");
            profile.type("website", "javascript:alert(1)");
            profile.submit();

            assertThat(profile.fieldError("inn")).contains("контрольные цифры");
            assertThat(profile.fieldMarkedInvalid("inn")).isTrue();
            assertThat(profile.fieldError("website")).contains("https://");
            assertThat(profile.value("fullName")).isEqualTo(name);
            browser.screenshot("profile-refused-ru");

            profile.type("inn", "");
            profile.type("website", "");
            profile.submit();
            assertThat(profile.fieldError("inn")).isEqualTo("Для юридического лица укажите ИНН.");
            assertThat(profile.fieldError("ogrn")).isEqualTo("Для юридического лица укажите ОГРН.");

            String inn = RegistrationNumbers.inn();
            profile.type("inn", inn);
            profile.type("ogrn", RegistrationNumbers.ogrn());
            profile.type("kpp", RegistrationNumbers.kpp());
            profile.attachLogo(Files.writeString(Files.createTempFile("logo", ".png"), "<svg onload=alert(1)>"));
            profile.saveDraft();
            assertThat(profile.fieldError("logo")).isEqualTo("Это не изображение PNG или JPEG (или файл повреждён).");
            assertThat(profile.value("inn")).isEqualTo(inn);

            profile.attachLogo(aPicture());
            profile.saveDraft();
            assertThat(profile.revisionState()).isEqualTo("Черновик");
            assertThat(profile.latestProfile()).contains(name);
            assertThat(profile.showsLogo()).isTrue();
            assertThat(profile.myOrganizations()).containsOnlyOnce(name);
            account.logOut();

            String other = "claimant-" + System.nanoTime() + "@example.org";
            signUpAndConfirm(browser, account, "Претендент Претендентов", other);
            account.logIn(other, PASSWORD);
            profile.startRegistration("NGO");
            profile.type("fullName", "Фонд-двойник");
            profile.choose("legalForm", "fund");
            profile.choose("municipality", MUNICIPALITY);
            profile.type("inn", inn);
            profile.type("ogrn", RegistrationNumbers.ogrn());
            profile.type("kpp", RegistrationNumbers.kpp());
            profile.submit();
            assertThat(account.pageMessages()).contains("уже зарегистрирована");
            assertThat(profile.offersClaim()).isTrue();
            browser.screenshot("profile-claim-offered-ru");
            profile.claimExisting("Я новый директор фонда.");
            assertThat(account.pageMessages()).contains("Запрос отправлен");
            assertThat(profile.myOrganizations()).isEmpty();

            var claim = Inbox.awaitSubject(
                    email, "Запрос на представительство организации «" + name + "»", Duration.ofSeconds(15));
            assertThat(claim.content().toString()).contains("Претендент Претендентов");
        }
    }

    private static Path aPicture() throws IOException {
        BufferedImage picture = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 300, 120);
        graphics.dispose();
        Path file = Files.createTempFile("logo", ".jpg");
        ImageIO.write(picture, "jpeg", file.toFile());
        return file;
    }

    @Test
    void anInvitedSecondRepresentativeSavingAtTheSameTimeIsToldAndLosesNothing() throws Exception {
        String first = "first-" + System.nanoTime() + "@example.org";
        String second = "second-" + System.nanoTime() + "@example.org";
        String name = "ТОС «Берёзовая роща " + System.nanoTime() + "»";
        try (Browser one = Browser.desktop("ru");
                Browser two = Browser.desktop("ru")) {
            AccountPages accountOne = new AccountPages(one);
            ProfilePages profileOne = new ProfilePages(one);
            signUpAndConfirm(one, accountOne, "Первый Председатель", first);
            accountOne.logIn(first, PASSWORD);
            profileOne.startRegistration("TOS");
            profileOne.type("fullName", name);
            profileOne.choose("legalForm", "tos");
            profileOne.choose("municipality", MUNICIPALITY);
            profileOne.type("tosTerritory", "ул. Берёзовая, дома 1–25");
            profileOne.saveDraft();
            long id = profileOne.organizationIdFromAddress();
            profileOne.invite(second);

            AccountPages accountTwo = new AccountPages(two);
            ProfilePages profileTwo = new ProfilePages(two);
            signUpAndConfirm(two, accountTwo, "Второй Председатель", second);
            Matcher invitation = INVITATION_LINK.matcher(Inbox.awaitSubject(
                            second, "Приглашение представлять организацию «" + name + "»", Duration.ofSeconds(15))
                    .content()
                    .toString());
            assertThat(invitation.find()).isTrue();
            accountTwo.logIn(second, PASSWORD);
            profileTwo.acceptInvitation(invitation.group());
            assertThat(accountTwo.heading()).isEqualTo(name);

            profileOne.openEditor(id);
            profileTwo.openEditor(id);
            profileOne.type("tosChairman", "Иванов Иван Иванович");
            profileOne.saveDraft();
            profileTwo.type("tosChairman", "Петров Пётр Петрович");
            profileTwo.saveDraft();

            assertThat(profileTwo.showsConflict()).isTrue();
            assertThat(accountTwo.pageMessages()).contains("Первый Председатель");
            assertThat(profileTwo.value("tosChairman")).isEqualTo("Петров Пётр Петрович");
            two.screenshot("profile-conflict-ru");

            profileTwo.saveMineOverTheirs();
            assertThat(profileTwo.latestProfile()).contains("Петров Пётр Петрович");
        }
    }

    private static void signUpAndConfirm(Browser browser, AccountPages account, String name, String email)
            throws Exception {
        account.signUp(name, email, PASSWORD, PASSWORD);
        Matcher link = CONFIRM_LINK.matcher(
                Inbox.awaitSubject(email, "Подтвердите адрес электронной почты", Duration.ofSeconds(15))
                        .content()
                        .toString());
        assertThat(link.find()).isTrue();
        browser.driver().get(link.group());
        browser.waitForPage();
    }
}
