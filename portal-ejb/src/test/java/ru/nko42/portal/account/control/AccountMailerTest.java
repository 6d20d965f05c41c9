package ru.nko42.portal.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.account.boundary.AccountMailRequested;
import ru.nko42.portal.account.boundary.AccountMailRequested.Kind;

class AccountMailerTest {

    private static final String TOKEN = "A".repeat(43);

    @Test
    void aConfirmationMailInRussianCarriesTheLinkAndTheName() {
        var mail = AccountMailer.compose(
                new AccountMailRequested(Kind.CONFIRM_EMAIL, "irina@example.org", "Ирина", "ru", TOKEN));

        assertThat(mail.to()).isEqualTo("irina@example.org");
        assertThat(mail.subject()).isEqualTo("Подтвердите адрес электронной почты");
        assertThat(mail.text())
                .startsWith("Здравствуйте, Ирина!")
                .contains("http://localhost:8080/confirm-email?token=" + TOKEN)
                .contains("24 часов");
    }

    @Test
    void anEnglishHolderGetsEnglishAndAResetLink() {
        var mail = AccountMailer.compose(
                new AccountMailRequested(Kind.RESET_PASSWORD, "oleg@example.org", "Oleg", "en", TOKEN));

        assertThat(mail.subject()).isEqualTo("A new password for the portal");
        assertThat(mail.text()).contains("/reset-password?token=" + TOKEN).doesNotContainPattern("\\p{IsCyrillic}");
    }

    @Test
    void theAlreadyRegisteredNoticeHasNoTokenButPointsToPasswordReset() {
        var mail = AccountMailer.compose(
                new AccountMailRequested(Kind.ALREADY_REGISTERED, "x@example.org", "Икс", "ru", null));

        assertThat(mail.text()).contains("/forgot-password").doesNotContain("null");
    }

    @Test
    void bothLanguagesHaveEveryMail() throws IOException {
        Properties english = load("AccountMail.properties");
        Properties russian = load("AccountMail_ru.properties");
        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (Kind kind : Kind.values()) {
            assertThat(english).containsKeys("mail." + kind + ".subject", "mail." + kind + ".text");
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = AccountMailerTest.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
