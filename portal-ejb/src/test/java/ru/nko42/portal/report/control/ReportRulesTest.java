package ru.nko42.portal.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.report.boundary.InvalidReportException;
import ru.nko42.portal.report.boundary.ReportForm;
import ru.nko42.portal.report.control.ReportRules.CleanReport;

class ReportRulesTest {

    @Test
    void theTextIsKeptAsTypedButForSurroundingSpacesAndLineEnds() {
        CleanReport clean = ReportRules.check(new ReportForm(
                "  Телефон изменился:\r\n<b>+7 (3842) 00-00-00</b> & \"другой\"\r\n\t", "  anna@example.org "));

        assertThat(clean.text()).isEqualTo("Телефон изменился:\n<b>+7 (3842) 00-00-00</b> & \"другой\"");
        assertThat(clean.contact()).isEqualTo("anna@example.org");
    }

    @Test
    void controlCharactersGoAndAContactIsOneLine() {
        CleanReport clean = ReportRules.check(new ReportForm("Ошибка\u0000 в\u0007 адресе", "Анна\r\nтел. 8-900"));

        assertThat(clean.text()).isEqualTo("Ошибка в адресе");
        assertThat(clean.contact()).isEqualTo("Анна тел. 8-900");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\r\n\t ", "\u0000"})
    void aTextIsRequired(String text) {
        assertThatThrownBy(() -> ReportRules.check(new ReportForm(text, null)))
                .isInstanceOfSatisfying(
                        InvalidReportException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("text", "report.error.text.required")));
    }

    @Test
    void anEmptyContactIsNone() {
        assertThat(ReportRules.check(new ReportForm("Ошибка", "   ")).contact()).isNull();
        assertThat(ReportRules.check(new ReportForm("Ошибка", null)).contact()).isNull();
    }

    @Test
    void twoThousandCharactersFitWhateverTheLineEndsAndOneMoreDoesNot() {
        String lines = "я\r\n".repeat(999) + "яя";
        assertThat(ReportRules.check(new ReportForm(lines, null)).text()).hasSize(2000);

        assertThatThrownBy(() -> ReportRules.check(new ReportForm("я".repeat(2001), "к".repeat(201))))
                .isInstanceOfSatisfying(
                        InvalidReportException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        FieldProblem.of("text", "report.error.text.tooLong"),
                                        FieldProblem.of("contact", "report.error.contact.tooLong")));
        assertThat(ReportRules.check(new ReportForm("я", "к".repeat(200))).contact())
                .hasSize(200);
    }

    @Test
    void theExceptionDoesNotCarryWhatWasTyped() {
        assertThatThrownBy(() -> ReportRules.check(new ReportForm("", "секретный-телефон-" + "1".repeat(200))))
                .hasMessageNotContaining("секретный");
    }

    @Test
    void onlyAFilledHoneypotIsATrap() {
        ReportForm form = new ReportForm("Ошибка", null);
        assertThat(ReportRules.isTrapped(form)).isFalse();
        form.setHoneypot(" ");
        assertThat(ReportRules.isTrapped(form)).isFalse();
        form.setHoneypot("https://spam.example");
        assertThat(ReportRules.isTrapped(form)).isTrue();
    }
}
