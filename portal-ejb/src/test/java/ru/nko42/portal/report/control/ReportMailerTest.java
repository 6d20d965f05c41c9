package ru.nko42.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.mail.boundary.OutgoingMail;

class ReportMailerTest {

    private static final String REPORT = "Телефон {0} устарел,\nновый: +7 (3842) 00-00-00 <script>";

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void theForwardedReportNamesTheOrganizationQuotesTheReportAndLinksToItsPage(String language) {
        OutgoingMail mail = ReportMailer.compose("anna@example.org", language, "АНО «Забота»", 42, REPORT);

        assertThat(mail.to()).isEqualTo("anna@example.org");
        assertThat(mail.subject()).contains("АНО «Забота»").doesNotContain("\n", "{");
        assertThat(mail.text())
                .contains(REPORT)
                .contains(PortalAddress.of("/account/organization?id=42"))
                .doesNotContain("{1}", "{2}", "null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void eachLanguageReadsAsItself(String language) {
        OutgoingMail mail = ReportMailer.compose("anna@example.org", language, "Zabota", 42, "Wrong phone");

        if (language.equals("ru")) {
            assertThat(mail.subject()).containsPattern("\\p{IsCyrillic}");
            assertThat(mail.text()).startsWith("Здравствуйте!").contains("Контакты автора сообщения не передаются");
        } else {
            assertThat(mail.subject() + mail.text()).doesNotContainPattern("\\p{IsCyrillic}");
            assertThat(mail.text()).startsWith("Hello,").contains("contact details are not passed on");
        }
    }
}
