package ru.nko42.portal.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final String STRONG = "лиственница-самовар-ледокол-47";

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private static PasswordCheck check(String password) {
        return POLICY.check(password, "member@example.org", "Анна Смирнова", "Добрые соседи");
    }

    @Test
    void aShortPasswordIsTooShort() {
        assertThat(check("короткий").problems()).contains(PasswordProblem.TOO_SHORT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop123", "123456789012"})
    void aCommonOrPatternedPasswordIsTooWeak(String password) {
        PasswordCheck check = check(password);
        assertThat(check.acceptable()).isFalse();
        assertThat(check.problems()).containsExactly(PasswordProblem.TOO_WEAK);
        assertThat(check.score()).isLessThan(PasswordPolicy.MIN_SCORE);
    }

    @Test
    void theEmailLocalPartCountsAsAnEasyGuess() {
        String password = "ivanov.petr2024";
        PasswordCheck stranger = POLICY.check(password, "someone@example.org", null, null);
        PasswordCheck owner = POLICY.check(password, "ivanov.petr@mail.ru", null, null);
        assertThat(owner.score()).isLessThan(stranger.score());
        assertThat(owner.problems()).contains(PasswordProblem.TOO_WEAK);
    }

    @Test
    void theOrganizationNameCountsAsAnEasyGuess() {
        PasswordCheck check = POLICY.check("добрыесоседи2024", null, null, "Добрые соседи");
        assertThat(check.problems()).contains(PasswordProblem.TOO_WEAK);
    }

    @Test
    void aLongPassphraseIsAccepted() {
        PasswordCheck check = check(STRONG);
        assertThat(check.acceptable()).isTrue();
        assertThat(check.problems()).isEmpty();
        assertThat(check.score()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_SCORE);
    }

    @Test
    void anEmojiCountsAsOneCharacter() {
        String eleven = "🦊".repeat(11);
        assertThat(eleven.length()).isEqualTo(22);
        assertThat(check(eleven).problems()).contains(PasswordProblem.TOO_SHORT);
        assertThat(check("🦊".repeat(12)).problems()).doesNotContain(PasswordProblem.TOO_SHORT);
    }

    @Test
    void moreThan128CharactersAreTooLong() {
        String longest = STRONG.repeat(5).substring(0, 128);
        assertThat(check(longest).problems()).doesNotContain(PasswordProblem.TOO_LONG);
        assertThat(check(longest + "ж").problems()).containsExactly(PasswordProblem.TOO_LONG);
    }

    @Test
    void problemsHaveStableMessageKeys() {
        assertThat(PasswordProblem.TOO_SHORT.messageKey()).isEqualTo("account.password.tooShort");
        assertThat(PasswordProblem.TOO_LONG.messageKey()).isEqualTo("account.password.tooLong");
        assertThat(PasswordProblem.TOO_WEAK.messageKey()).isEqualTo("account.password.tooWeak");
    }

    @Test
    void feedbackIsInRussianOrEnglish() {
        PasswordCheck check = check("password1234");
        assertThat(check.warning(RUSSIAN)).isNotBlank().containsPattern("\\p{IsCyrillic}");
        assertThat(check.suggestions(RUSSIAN))
                .isNotEmpty()
                .allSatisfy(suggestion -> assertThat(suggestion).containsPattern("\\p{IsCyrillic}"));
        assertThat(check.warning(Locale.ENGLISH)).isNotBlank().matches("[\\p{ASCII}]+");
        assertThat(check.suggestions(Locale.ENGLISH))
                .isNotEmpty()
                .allSatisfy(suggestion -> assertThat(suggestion).matches("[\\p{ASCII}]+"));
    }

    @Test
    void anotherLocaleGetsEnglishFeedback() {
        PasswordCheck check = check("password1234");
        assertThat(check.warning(Locale.GERMAN)).isEqualTo(check.warning(Locale.ENGLISH));
    }

    @Test
    void theRussianAndEnglishBundlesHaveTheSameKeysAsZxcvbn() throws IOException {
        Set<String> english = keys("ru/nko42/portal/account/control/PasswordFeedback.properties");
        Set<String> russian = keys("ru/nko42/portal/account/control/PasswordFeedback_ru.properties");
        Set<String> zxcvbn = keys("com/nulabinc/zxcvbn/messages.properties");
        assertThat(russian).isNotEmpty().isEqualTo(english);
        assertThat(english).isEqualTo(zxcvbn);
    }

    @Test
    void theRussianBundleIsFoundForRussian() {
        assertThat(PasswordCheck.bundle(RUSSIAN).getLocale().getLanguage()).isEqualTo("ru");
        assertThat(PasswordCheck.bundle(Locale.GERMAN).getLocale()).isEqualTo(Locale.ROOT);
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = PasswordPolicyTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }
}
