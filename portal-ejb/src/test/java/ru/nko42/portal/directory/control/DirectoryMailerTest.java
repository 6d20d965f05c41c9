package ru.nko42.portal.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested.Kind;
import ru.nko42.portal.mail.boundary.OutgoingMail;

class DirectoryMailerTest {

    private static final String ORGANIZATION = "АНО «Забота»";
    private static final String PATH = "/account/organization?id=42";
    private static final String DETAIL = "Нет сведений о руководителе";
    /** The mails whose detail is a decision's reason or a claimant's name, which the reader must see. */
    private static final Set<Kind> WITH_DETAIL = EnumSet.of(
            Kind.CLAIM_RECEIVED,
            Kind.CLAIM_DECLINED,
            Kind.REVISION_REJECTED,
            Kind.ORGANIZATION_ARCHIVED,
            Kind.VERIFICATION_REQUESTED);

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Stream.of(Kind.values()).flatMap(kind -> Stream.of(Arguments.of(kind, "ru"), Arguments.of(kind, "en")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyMailNamesTheOrganizationAndLinksToItsPage(Kind kind, String language) {
        OutgoingMail mail = compose(kind, language, ORGANIZATION, DETAIL);

        assertThat(mail.to()).isEqualTo("anna@example.org");
        assertThat(mail.subject()).contains(ORGANIZATION).doesNotContain("\n", "\r", "{", "}");
        assertThat(mail.text())
                .contains(ORGANIZATION)
                .contains(PortalAddress.of(PATH))
                .doesNotContain("{", "}", "null");
        if (WITH_DETAIL.contains(kind)) {
            assertThat(mail.text()).contains(DETAIL);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindInEveryLanguage")
    void eachLanguageReadsAsItself(Kind kind, String language) {
        String ascii = "Zabota Foundation";
        OutgoingMail mail = compose(kind, language, ascii, "Anna Petrova");

        if (language.equals("ru")) {
            assertThat(mail.subject()).containsPattern("\\p{IsCyrillic}");
            assertThat(mail.text()).startsWith("Здравствуйте!").contains("Ресурсный центр НКО Кузбасса");
        } else {
            assertThat(mail.subject() + mail.text()).doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(mail.text()).startsWith("Hello,").contains("Kuzbass NGO Resource Centre");
        }
    }

    @Test
    void aRejectionTellsTheReasonAndWhereToCorrectTheProfile() {
        OutgoingMail mail = compose(Kind.REVISION_REJECTED, "ru", ORGANIZATION, "Укажите адрес");

        assertThat(mail.subject()).isEqualTo("Профиль организации «АНО «Забота»» нужно исправить");
        assertThat(mail.text()).contains("Причина: Укажите адрес").contains(PortalAddress.of(PATH));
    }

    @Test
    void aDeclinedClaimInEnglishTellsTheReason() {
        OutgoingMail mail = compose(Kind.CLAIM_DECLINED, "en", "Zabota", "Not a member of the board");

        assertThat(mail.subject()).isEqualTo("Request to represent \"Zabota\" declined");
        assertThat(mail.text()).contains("Reason: Not a member of the board");
    }

    @Test
    void anInvitationInEnglishKeepsItsApostrophe() {
        OutgoingMail mail = compose(Kind.INVITATION, "en", "Zabota", null);

        assertThat(mail.text()).contains("the organization's profile").doesNotContain("null");
    }

    @Test
    void aNameWithLineBreaksStaysOnOneLineInTheSubject() {
        OutgoingMail mail = compose(Kind.REVISION_PUBLISHED, "ru", "АНО\r\nBcc: all@example.org", null);

        assertThat(mail.subject()).isEqualTo("Профиль организации «АНО Bcc: all@example.org» опубликован");
    }

    @Test
    void aNameThatLooksLikeAPatternIsWrittenAsItIs() {
        String odd = "ТОС '{1}' и {2}";

        OutgoingMail mail = compose(Kind.CLAIM_ACCEPTED, "en", odd, null);

        assertThat(mail.subject()).contains(odd);
        assertThat(mail.text()).contains(odd);
    }

    @Test
    void withoutALanguageTheMailIsInRussian() {
        OutgoingMail mail = compose(Kind.CLAIM_ACCEPTED, null, ORGANIZATION, null);

        assertThat(mail.subject()).isEqualTo("Вы представитель организации «АНО «Забота»»");
    }

    @Test
    void bothLanguagesHaveEveryMail() throws IOException {
        Properties english = load("DirectoryMail.properties");
        Properties russian = load("DirectoryMail_ru.properties");

        assertThat(russian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (Kind kind : Kind.values()) {
            assertThat(english).containsKeys("mail." + kind + ".subject", "mail." + kind + ".text");
        }
        assertThat(english).hasSize(2 * Kind.values().length);
    }

    private static OutgoingMail compose(Kind kind, String language, String organization, String detail) {
        return DirectoryMailer.compose(
                new DirectoryMailRequested(kind, "anna@example.org", language, organization, PATH, detail));
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = DirectoryMailerTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
