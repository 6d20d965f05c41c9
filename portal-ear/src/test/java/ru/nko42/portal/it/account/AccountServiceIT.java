package ru.nko42.portal.it.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.account.boundary.AccountMailRequested.Kind;
import ru.nko42.portal.account.boundary.AccountService;
import ru.nko42.portal.account.boundary.InvalidEmailException;
import ru.nko42.portal.account.boundary.InvalidLinkException;
import ru.nko42.portal.account.boundary.SignUp;
import ru.nko42.portal.account.boundary.WeakPasswordException;
import ru.nko42.portal.account.control.PasswordProblem;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.it.support.Inbox;
import ru.nko42.portal.model.account.AccountRole;

/** Sign-up, confirmation, login and password reset against MariaDB, with the mailed links caught on the way. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final String PASSWORD = "лиственница-самовар-ледокол-47";

    @Deployment
    static WebArchive deployment() {
        return Deployments.persistenceWar("account-it")
                .addPackages(
                        true,
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail",
                        "ru.nko42.portal.audit")
                .addClasses(MailCatcher.class, AccountFixture.class, Inbox.class, Inbox.ReceivedMail.class)
                .addAsResource("ru/nko42/portal/account/control/AccountMail.properties")
                .addAsResource("ru/nko42/portal/account/control/AccountMail_ru.properties")
                .addAsResource("ru/nko42/portal/account/control/PasswordFeedback.properties")
                .addAsResource("ru/nko42/portal/account/control/PasswordFeedback_ru.properties")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
    }

    @Inject
    AccountService accounts;

    @Inject
    MailCatcher mails;

    @EJB
    AccountFixture fixture;

    @Test
    void aNewAccountLogsInOnlyAfterItsAddressIsConfirmed() {
        String email = uniqueEmail();

        accounts.signUp(new SignUp("  " + email.toUpperCase() + " ", PASSWORD.toCharArray(), "Ирина Петрова", "ru"));

        assertThat(accounts.authenticate(email, PASSWORD.toCharArray())).isEmpty();
        String token = mails.last(email, Kind.CONFIRM_EMAIL).orElseThrow().token();
        accounts.confirmEmail(token);
        var account = accounts.authenticate(email, PASSWORD.toCharArray()).orElseThrow();
        assertThat(account.email()).isEqualTo(email);
        assertThat(account.displayName()).isEqualTo("Ирина Петрова");
        assertThat(account.roles()).containsExactly(AccountRole.MEMBER);
        assertThat(accounts.authenticate(email, "лиственница-самовар-ледокол-48".toCharArray()))
                .isEmpty();
    }

    @Test
    void theConfirmationArrivesByMailInTheMembersLanguageAndItsLinkWorks() throws Exception {
        String email = uniqueEmail();

        accounts.signUp(new SignUp(email, PASSWORD.toCharArray(), "Анна Сергеевна", "ru"));

        var mail = Inbox.awaitFirst(email, Duration.ofSeconds(10));
        assertThat(mail.subject()).isEqualTo("Подтвердите адрес электронной почты");
        String text = mail.content().toString();
        assertThat(text).startsWith("Здравствуйте, Анна Сергеевна!");
        Matcher link = Pattern.compile("https?://\\S+/confirm-email\\?token=([A-Za-z0-9_-]{43})")
                .matcher(text);
        assertThat(link.find()).as(text).isTrue();
        accounts.confirmEmail(link.group(1));
        assertThat(accounts.authenticate(email, PASSWORD.toCharArray())).isPresent();
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() {
        String email = uniqueEmail();
        accounts.signUp(new SignUp(email, PASSWORD.toCharArray(), "Угадайка", "ru"));
        accounts.confirmEmail(
                mails.last(email, Kind.CONFIRM_EMAIL).orElseThrow().token());

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(accounts.authenticate(email, ("угадываю-пароль-" + attempt).toCharArray()))
                    .isEmpty();
        }

        assertThat(accounts.authenticate(email, PASSWORD.toCharArray())).isEmpty();
    }

    @Test
    void thePasswordIsStoredOnlyAsAPbkdf2Hash() {
        String email = uniqueEmail();
        accounts.signUp(new SignUp(email, PASSWORD.toCharArray(), "Олег", "en"));

        assertThat(fixture.storedPasswordHash(email))
                .startsWith("pbkdf2-sha256$600000$")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aConfirmationLinkWorksOnceAndNotAfterItExpires() {
        String once = uniqueEmail();
        accounts.signUp(new SignUp(once, PASSWORD.toCharArray(), "Один раз", "ru"));
        String token = mails.last(once, Kind.CONFIRM_EMAIL).orElseThrow().token();
        accounts.confirmEmail(token);
        assertThatThrownBy(() -> accounts.confirmEmail(token)).isInstanceOf(InvalidLinkException.class);

        String late = uniqueEmail();
        accounts.signUp(new SignUp(late, PASSWORD.toCharArray(), "Опоздавший", "ru"));
        String expiring = mails.last(late, Kind.CONFIRM_EMAIL).orElseThrow().token();
        fixture.expireLinksOf(late);
        assertThatThrownBy(() -> accounts.confirmEmail(expiring)).isInstanceOf(InvalidLinkException.class);
        assertThat(accounts.authenticate(late, PASSWORD.toCharArray())).isEmpty();
    }

    @Test
    void madeUpLinksAreRefused() {
        for (String token :
                new String[] {null, "", "abc", "' OR 1=1 --", "A".repeat(43), "<script>alert(1)</script>"}) {
            assertThatThrownBy(() -> accounts.confirmEmail(token)).isInstanceOf(InvalidLinkException.class);
        }
    }

    @Test
    void signingUpAgainWithTheSameAddressMailsTheHolderAndCreatesNothing() {
        String email = uniqueEmail();
        accounts.signUp(new SignUp(email, PASSWORD.toCharArray(), "Первая", "ru"));

        accounts.signUp(new SignUp(email, "другой-пароль-совсем-длинный-91".toCharArray(), "Вторая", "ru"));

        assertThat(fixture.accountsWith(email)).isEqualTo(1);
        assertThat(mails.last(email, Kind.ALREADY_REGISTERED)).isPresent();
        assertThat(mails.to(email))
                .filteredOn(m -> m.kind() == Kind.CONFIRM_EMAIL)
                .hasSize(1);
    }

    @Test
    void weakPasswordsBadAddressesAndEmptyNamesAreRefusedAndNothingIsSaved() {
        String email = uniqueEmail();

        assertThatThrownBy(() -> accounts.signUp(new SignUp(email, "password1234".toCharArray(), "Имя", "ru")))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> {
                    assertThat(e.check().problems()).containsExactly(PasswordProblem.TOO_WEAK);
                    assertThat(e.messageKey()).isEqualTo(PasswordProblem.TOO_WEAK.messageKey());
                });
        assertThatThrownBy(() -> accounts.signUp(new SignUp(email, "короткий".toCharArray(), "Имя", "ru")))
                .isInstanceOf(WeakPasswordException.class);
        assertThatThrownBy(() -> accounts.signUp(new SignUp("не-адрес", PASSWORD.toCharArray(), "Имя", "ru")))
                .isInstanceOf(InvalidEmailException.class);
        assertThatThrownBy(() -> accounts.signUp(new SignUp(email, PASSWORD.toCharArray(), "   ", "ru")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("account.name.required"));
        assertThatThrownBy(() -> accounts.signUp(new SignUp(email, PASSWORD.toCharArray(), "Я".repeat(201), "ru")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fixture.accountsWith(email)).isZero();
        assertThat(mails.to(email)).isEmpty();
    }

    @Test
    void aForgottenPasswordIsResetByAMailedLinkThatWorksOnce() {
        String email = uniqueEmail();
        accounts.signUp(new SignUp(email, PASSWORD.toCharArray(), "Забывчивый", "ru"));
        accounts.confirmEmail(
                mails.last(email, Kind.CONFIRM_EMAIL).orElseThrow().token());

        accounts.requestPasswordReset(email.toUpperCase());
        String token = mails.last(email, Kind.RESET_PASSWORD).orElseThrow().token();
        assertThatThrownBy(() -> accounts.resetPassword(token, "qwerty123456".toCharArray()))
                .isInstanceOf(WeakPasswordException.class);
        String newPassword = "брусника-паровоз-метель-2026";
        accounts.resetPassword(token, newPassword.toCharArray());

        assertThat(accounts.authenticate(email, newPassword.toCharArray())).isPresent();
        assertThat(accounts.authenticate(email, PASSWORD.toCharArray())).isEmpty();
        assertThatThrownBy(() -> accounts.resetPassword(token, "ещё-один-новый-пароль-77".toCharArray()))
                .isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void resetIsSilentForUnknownAndUnconfirmedAddresses() {
        String unknown = uniqueEmail();
        String unconfirmed = uniqueEmail();
        accounts.signUp(new SignUp(unconfirmed, PASSWORD.toCharArray(), "Не подтвердил", "ru"));

        accounts.requestPasswordReset(unknown);
        accounts.requestPasswordReset(unconfirmed);

        assertThat(mails.to(unknown)).isEmpty();
        assertThat(mails.last(unconfirmed, Kind.RESET_PASSWORD)).isEmpty();
    }

    private static String uniqueEmail() {
        return "member-" + System.nanoTime() + "@example.org";
    }
}
