package ru.nko42.portal.web.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaSafeCsvExporterTest {

    @Test
    void cellsASpreadsheetWouldRunGetAnApostrophe() {
        assertThat(FormulaSafeCsvExporter.neutralized("=HYPERLINK(\"http://evil.example\";\"Фонд\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\";\"Фонд\")");
        assertThat(FormulaSafeCsvExporter.neutralized("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(FormulaSafeCsvExporter.neutralized("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(FormulaSafeCsvExporter.neutralized("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(FormulaSafeCsvExporter.neutralized("\t=1+1")).isEqualTo("'\t=1+1");
    }

    @Test
    void ordinaryTextsAndPhoneNumbersStayAsTheyAre() {
        assertThat(FormulaSafeCsvExporter.neutralized("Фонд «Ёлка»")).isEqualTo("Фонд «Ёлка»");
        assertThat(FormulaSafeCsvExporter.neutralized("+7 (3842) 11-22-33")).isEqualTo("+7 (3842) 11-22-33");
        assertThat(FormulaSafeCsvExporter.neutralized("8-800-100-00-00")).isEqualTo("8-800-100-00-00");
        assertThat(FormulaSafeCsvExporter.neutralized("")).isEmpty();
        assertThat(FormulaSafeCsvExporter.neutralized(null)).isNull();
    }
}
