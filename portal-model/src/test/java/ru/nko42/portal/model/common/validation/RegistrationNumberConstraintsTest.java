package ru.nko42.portal.model.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistrationNumberConstraintsTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static ValidatorFactory defaultFactory;
    private static ValidatorFactory russianFactory;
    private static ValidatorFactory englishFactory;

    /** A form with the three registration numbers, none of them required. */
    static final class Registration {
        @Inn
        String inn;

        @Ogrn
        String ogrn;

        @Kpp
        String kpp;

        Registration(String inn, String ogrn, String kpp) {
            this.inn = inn;
            this.ogrn = ogrn;
            this.kpp = kpp;
        }
    }

    @BeforeAll
    static void buildValidators() {
        defaultFactory = Validation.buildDefaultValidatorFactory();
        russianFactory = factoryFor(RUSSIAN);
        englishFactory = factoryFor(Locale.ENGLISH);
    }

    private static ValidatorFactory factoryFor(Locale locale) {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .defaultLocale(locale)
                .buildValidatorFactory();
    }

    @AfterAll
    static void closeValidators() {
        defaultFactory.close();
        russianFactory.close();
        englishFactory.close();
    }

    @Test
    void leavesMissingNumbersToNotBlank() {
        Validator validator = defaultFactory.getValidator();
        assertThat(validator.validate(new Registration(null, null, null))).isEmpty();
        assertThat(validator.validate(new Registration("", "", ""))).isEmpty();
    }

    @Test
    void acceptsValidNumbers() {
        Validator validator = defaultFactory.getValidator();
        assertThat(validator.validate(new Registration("7707083893", "1027700132195", "773601001")))
                .isEmpty();
        assertThat(validator.validate(new Registration("123456789047", "307760324100018", "7701AA001")))
                .isEmpty();
    }

    @Test
    void reportsABadInnInRussian() {
        var violation = singleViolation(russianFactory, new Registration("7707083894", null, null));
        assertThat(violation.getPropertyPath()).hasToString("inn");
        assertThat(violation.getMessage()).startsWith("ИНН должен состоять из 10 цифр (организация) или 12 цифр");
    }

    @Test
    void reportsABadOgrnInRussian() {
        var violation = singleViolation(russianFactory, new Registration(null, "1027700132194", null));
        assertThat(violation.getPropertyPath()).hasToString("ogrn");
        assertThat(violation.getMessage()).startsWith("ОГРН должен состоять из 13 цифр");
    }

    @Test
    void reportsABadKppInRussian() {
        var violation = singleViolation(russianFactory, new Registration(null, null, "773601O01"));
        assertThat(violation.getPropertyPath()).hasToString("kpp");
        assertThat(violation.getMessage()).startsWith("КПП должен состоять из 9 знаков");
    }

    @Test
    void reportsBadNumbersInEnglishToEnglishReaders() {
        assertThat(singleViolation(englishFactory, new Registration("7707 083893", null, null))
                        .getMessage())
                .startsWith("An INN has 10 digits (organization) or 12 digits");
        assertThat(singleViolation(englishFactory, new Registration(null, "30776032410001", null))
                        .getMessage())
                .startsWith("An OGRN has 13 digits (organization) and an OGRNIP has 15 digits");
        assertThat(singleViolation(englishFactory, new Registration(null, null, "7736ab001"))
                        .getMessage())
                .startsWith("A KPP has 9 characters");
    }

    @Test
    void reportsEachBadNumberOnItsOwnProperty() {
        Set<ConstraintViolation<Registration>> violations =
                russianFactory.getValidator().validate(new Registration("1234567890", "1137746072376", "77360100"));
        assertThat(violations)
                .extracting(violation -> violation.getPropertyPath().toString())
                .containsExactlyInAnyOrder("inn", "ogrn", "kpp");
    }

    @Test
    void everyMessageFileHasTheSameKeys() {
        Properties russianDefault = messages("ValidationMessages.properties");
        Properties russian = messages("ValidationMessages_ru.properties");
        Properties english = messages("ValidationMessages_en.properties");

        assertThat(english.stringPropertyNames())
                .isNotEmpty()
                .isEqualTo(russian.stringPropertyNames())
                .isEqualTo(russianDefault.stringPropertyNames());
        assertThat(russianDefault).isEqualTo(russian);
    }

    @Test
    void everyConstraintHasItsMessage() {
        assertThat(messages("ValidationMessages_en.properties").stringPropertyNames())
                .contains(
                        messageKey(Inn.class.getSimpleName()),
                        messageKey(Ogrn.class.getSimpleName()),
                        messageKey(Kpp.class.getSimpleName()));
    }

    private static String messageKey(String constraint) {
        return "ru.nko42.portal.validation." + constraint + ".message";
    }

    private static ConstraintViolation<Registration> singleViolation(
            ValidatorFactory factory, Registration registration) {
        Set<ConstraintViolation<Registration>> violations =
                factory.getValidator().validate(registration);
        assertThat(violations).hasSize(1);
        return violations.iterator().next();
    }

    private static Properties messages(String resource) {
        try (InputStream in = RegistrationNumberConstraintsTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
