package ru.nko42.portal.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvCellsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=HYPERLINK(\"http://x\")|\"'=HYPERLINK(\"\"http://x\"\")\"",
                "+7 900|'+7 900",
                "-1+2|'-1+2",
                "@SUM(A1)|'@SUM(A1)",
                "a=b|a=b",
                "Кемерово|Кемерово"
            })
    void formulasAreNeutralisedAndQuotesDoubled(String value, String cell) {
        assertThat(CsvCells.cell(value)).isEqualTo(cell);
    }

    @Test
    void separatorsAndLineBreaksAreQuoted() {
        assertThat(CsvCells.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvCells.cell("{\"state\":\"X\"}")).isEqualTo("\"{\"\"state\"\":\"\"X\"\"}\"");
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsNeutralisedToo() {
        assertThat(CsvCells.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.cell("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void aLineJoinsCellsWithSemicolonsAndEndsWithCrLf() {
        assertThat(CsvCells.line(Arrays.asList(1L, null, "x;y", List.of()))).isEqualTo("1;;\"x;y\";[]\r\n");
    }

    @Test
    void theByteOrderMarkIsUtf8s() {
        assertThat(CsvCells.BOM.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .containsExactly(0xEF, 0xBB, 0xBF);
    }
}
