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
import ru.nko42.portal.it.account.AccountPages;
import ru.nko42.portal.it.support.Browser;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;

/**
 * The member directory's forms as their people use them, in Chromium against the real portal (the way of a
 * profile through moderation is {@link ModerationJourneyBrowserIT}): refusals next to the fields, a second
 * representative invited by mail, and two people saving one profile at once.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class MemberDirectoryJourneyBrowserIT {

    private static final String PASSWORD = "берёза-самокат-метель-2026";
    private static final String ADMIN = "first-admin@example.org";
    private static final String ADMIN_PASSWORD = "первый-администратор-тест-2026";
    private static final Pattern INVITATION_LINK =
            Pattern.compile("https?://\\S+/account/invitation\\?token=[A-Za-z0-9_-]{43}");
    private static final String MUNICIPALITY = "mezhdurechensky-go";

    @Deployment(testable = false, managed = false)
    static EnterpriseArchive portal() {
        return Deployments.portalEar();
    }

    @Test
    void refusalsAreShownNextToTheFieldsAndTheTypedInputStays() throws Exception {
        String email = "careful-" + System.nanoTime() + "@example.org";
        try (Browser browser = Browser.desktop("ru")) {
            AccountPages account = new AccountPages(browser);
            ProfilePages profile = new ProfilePages(browser);
            account.signUpAndConfirm("Осторожный Пользователь", email, PASSWORD);
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
            account.signUpAndConfirm("Претендент Претендентов", other, PASSWORD);
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
            accountOne.signUpAndConfirm("Первый Председатель", first, PASSWORD);
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
            accountTwo.signUpAndConfirm("Второй Председатель", second, PASSWORD);
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
}
