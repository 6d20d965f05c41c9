package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.content.control.DemoReportDocuments.Figure;

/** The demo's documents are real DOCX, XLSX and PNG files that the site's own content check takes. */
class ContentFileDemoDocumentsTest {

    @Test
    void theAnnualReportIsADocxWithItsText() throws Exception {
        byte[] docx = DemoReportDocuments.annualReport("Годовой отчёт", List.of("Первый абзац.", "Второй абзац."));

        assertThat(FileContentCheck.attachment(docx, "attachment").type()).isEqualTo(FileType.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs())
                    .extracting(paragraph -> paragraph.getText())
                    .containsExactly("Годовой отчёт", "Первый абзац.", "Второй абзац.");
        }
    }

    @Test
    void theFiguresAreAnXlsxTable() throws Exception {
        byte[] xlsx = DemoReportDocuments.figures(
                "Показатели", "Показатель", "Значение", List.of(new Figure("Консультаций", 48)));

        assertThat(FileContentCheck.attachment(xlsx, "attachment").type()).isEqualTo(FileType.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Показатели");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Консультаций");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(48.0);
        }
    }

    @Test
    void theCoverIsAPngOfTheOpenGraphSize() {
        byte[] png = DemoReportDocuments.cover(Color.BLUE, Color.GREEN);

        assertThat(FileContentCheck.cover(png, "cover")).isEqualTo(new CheckedFile(FileType.PNG, 1200, 630));
    }
}
