package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Storage keys, the names people see and the download header that carries them. */
class ContentFileNamesTest {

    @Test
    void aKeyIsRandomHexWithTheTypesExtensionAndNothingElsePasses() {
        String key = FileNames.newKey(FileType.PDF);

        assertThat(key).matches("[0-9a-f]{32}\\.pdf").isNotEqualTo(FileNames.newKey(FileType.PDF));
        assertThat(FileNames.isKey(key)).isTrue();
        assertThat(FileNames.isKey("../../etc/passwd")).isFalse();
        assertThat(FileNames.isKey(key.toUpperCase(Locale.ROOT))).isFalse();
        assertThat(FileNames.isKey(key + "/..")).isFalse();
        assertThat(FileNames.isKey(null)).isFalse();
    }

    @Test
    void anUploadedNameLosesItsPathAndReservedCharactersAndGetsTheRealExtension() {
        assertThat(FileNames.display("C:\\Users\\Ира\\Отчёт за 2025 год.pdf", FileType.PDF))
                .isEqualTo("Отчёт за 2025 год.pdf");
        assertThat(FileNames.display("../../evil\"name<>.exe", FileType.DOCX)).isEqualTo("evil_name_.docx");
        assertThat(FileNames.display("line\r\nbreak.pdf", FileType.PDF)).isEqualTo("line_break.pdf");
        assertThat(FileNames.display("", FileType.PNG)).isEqualTo("file.png");
        assertThat(FileNames.display(".htaccess", FileType.PNG)).isEqualTo("file.png");
        assertThat(FileNames.display("а".repeat(500) + ".xlsx", FileType.XLSX))
                .hasSize(200)
                .endsWith(".xlsx");
    }

    @Test
    void theDispositionCarriesACyrillicNameInFilenameStar() {
        assertThat(FileNames.contentDisposition("Отчёт 2025.docx", false))
                .startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%202025.docx");
        assertThat(FileNames.contentDisposition("report.pdf", true))
                .isEqualTo("inline; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
    }

    @Test
    void sizesAreInHumanUnits() {
        assertThat(FileNames.humanSize(900, Locale.forLanguageTag("ru"), "Б", "КБ", "МБ"))
                .isEqualTo("900 Б");
        assertThat(FileNames.humanSize(820 * 1024, Locale.forLanguageTag("ru"), "Б", "КБ", "МБ"))
                .isEqualTo("820 КБ");
        assertThat(FileNames.humanSize(1468006, Locale.forLanguageTag("ru"), "Б", "КБ", "МБ"))
                .isEqualTo("1,4 МБ");
        assertThat(FileNames.humanSize(1468006, Locale.ENGLISH, "B", "KB", "MB"))
                .isEqualTo("1.4 MB");
    }
}
