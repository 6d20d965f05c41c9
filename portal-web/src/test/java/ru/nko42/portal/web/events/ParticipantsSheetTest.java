package ru.nko42.portal.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.events.boundary.EventParticipants;
import ru.nko42.portal.events.boundary.ParticipantRow;
import ru.nko42.portal.model.events.RegistrationStatus;

class ParticipantsSheetTest {

    private static final Instant REGISTERED = Instant.parse("2026-12-01T03:15:00Z");

    private static final EventParticipants PARTICIPANTS = new EventParticipants(
            7,
            "Семинар",
            "seminar",
            Instant.parse("2026-12-12T03:00:00Z"),
            2,
            List.of(
                    new ParticipantRow(
                            3,
                            "=HYPERLINK(\"http://evil\")",
                            "НКО; «Рассвет»",
                            "a@example.org",
                            "+7 (3842) 11-22-33",
                            RegistrationStatus.WAITING,
                            REGISTERED.plusSeconds(60),
                            null,
                            null),
                    new ParticipantRow(
                            1,
                            "Анна Петрова",
                            null,
                            "anna@example.org",
                            null,
                            RegistrationStatus.CONFIRMED,
                            REGISTERED,
                            REGISTERED,
                            null)));

    private static final ResourceBundle RUSSIAN =
            ResourceBundle.getBundle("ru.nko42.portal.web.i18n.messages", Locale.forLanguageTag("ru"));

    @Test
    void theCsvHasABomSemicolonsKuzbassTimesAndNoFormulas() throws Exception {
        StringWriter out = new StringWriter();

        ParticipantsSheet.csv(ParticipantsSheet.rows(PARTICIPANTS, RUSSIAN), out);

        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFСтатус;Имя;Организация;");
        assertThat(lines[1])
                .isEqualTo("Зарегистрирован(а);Анна Петрова;;anna@example.org;;2026-12-01 10:15;2026-12-01 10:15;");
        assertThat(lines[2])
                .startsWith("В листе ожидания;\"'=HYPERLINK(\"\"http://evil\"\")\";\"НКО; «Рассвет»\";a@example.org;");
    }

    @Test
    void theXlsxReadsBackAsTextCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ParticipantsSheet.xlsx(ParticipantsSheet.rows(PARTICIPANTS, RUSSIAN), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Имя");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("anna@example.org");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
        }
    }
}
