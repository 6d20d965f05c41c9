package ru.nko42.portal.it.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.it.directory.RegistrationNumbers;

/**
 * The table downloads of the "Open data" page from the real portal over HTTP, as a visitor without an account
 * gets them: the CSV (UTF-8 with a byte order mark) and the XLSX of the organizations and of the services hold the
 * published ones whole, with their Cyrillic intact, and nothing unpublished.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class OpenDataExportIT {

    @Deployment(testable = false)
    static WebArchive fixture() {
        return OpenDataDownloads.fixtureWar();
    }

    private final OpenDataDownloads downloads = new OpenDataDownloads();

    @Test
    void theTablesOfOrganizationsHoldThePublishedOnesAndNoDraft() throws Exception {
        String word = uniqueWord();
        String inn = RegistrationNumbers.inn();
        String ogrn = RegistrationNumbers.ogrn();
        String published = "Фонд «Ёлка, \"дом\"» " + word;
        long organization = downloads.organization(published, inn, ogrn, true);
        downloads.service(organization, "Уход на дому " + word, true);
        downloads.service(organization, "Черновик услуги " + word, false);
        String draft = "Черновик организации " + word;
        downloads.organization(draft, RegistrationNumbers.inn(), RegistrationNumbers.ogrn(), false);

        HttpResponse<byte[]> csv = downloads.download("organizationsCsv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("organizations.csv");
        List<CSVRecord> rows = csv(csv.body());
        assertThat(rows.get(0).toList())
                .containsExactly(
                        "Название",
                        "Вид",
                        "ИНН",
                        "ОГРН",
                        "Муниципалитет",
                        "Адрес",
                        "Телефон",
                        "Эл. почта",
                        "Сайт",
                        "Услуг");
        assertThat(rowsNaming(rows, word))
                .containsExactly(List.of(
                        published,
                        "НКО",
                        inn,
                        ogrn,
                        "Кемеровский городской округ",
                        "650000, г. Кемерово, ул. Весенняя, д. 5",
                        "+7 (3842) 11-22-33",
                        "info@example.org",
                        "https://example.org/",
                        "1"));

        HttpResponse<byte[]> xlsx = downloads.download("organizationsXlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("organizations.xlsx");
        List<List<String>> sheet = xlsx(xlsx.body());
        assertThat(sheet.get(0)).startsWith("Название", "Вид", "ИНН", "ОГРН");
        assertThat(sheet.stream().filter(row -> String.join(" ", row).contains(word)))
                .containsExactly(List.of(
                        published,
                        "НКО",
                        inn,
                        ogrn,
                        "Кемеровский городской округ",
                        "650000, г. Кемерово, ул. Весенняя, д. 5",
                        "+7 (3842) 11-22-33",
                        "info@example.org",
                        "https://example.org/",
                        "1"));
    }

    @Test
    void aNameASpreadsheetWouldRunAsAFormulaIsWrittenAsText() throws Exception {
        String word = uniqueWord();
        String formula = "=HYPERLINK(\"http://evil.example/\";\"Фонд\") " + word;
        downloads.organization(formula, RegistrationNumbers.inn(), RegistrationNumbers.ogrn(), true);

        List<List<String>> found =
                rowsNaming(csv(downloads.download("organizationsCsv").body()), word);

        assertThat(found).extracting(row -> row.get(0)).containsExactly("'" + formula);
        assertThat(found).extracting(row -> row.get(6)).containsExactly("+7 (3842) 11-22-33");
    }

    @Test
    void theTablesOfServicesHoldThePublishedServicesOfPublishedOrganizationsOnly() throws Exception {
        String word = uniqueWord();
        long organization = downloads.organization(
                "АНО «Забота» " + word, RegistrationNumbers.inn(), RegistrationNumbers.ogrn(), true);
        String service = "Социальное такси, «ёлки» " + word;
        downloads.service(organization, service, true);
        downloads.service(organization, "Черновик услуги " + word, false);
        long hidden = downloads.organization(
                "Неопубликованная " + word, RegistrationNumbers.inn(), RegistrationNumbers.ogrn(), false);
        downloads.service(hidden, "Услуга скрытой организации " + word, true);

        List<CSVRecord> rows = csv(downloads.download("servicesCsv").body());
        assertThat(rows.get(0).toList())
                .containsExactly(
                        "Услуга",
                        "Организация",
                        "Муниципалитеты",
                        "Виды услуг",
                        "Формы обслуживания",
                        "Категории получателей",
                        "Оплата",
                        "Свободных мест",
                        "Телефон",
                        "Адрес",
                        "Сведения подтверждены");
        List<List<String>> found = rowsNaming(rows, word);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).subList(0, 10))
                .containsExactly(
                        service,
                        "АНО «Забота» " + word,
                        "Кемеровский городской округ",
                        "",
                        "",
                        "Пожилые люди",
                        "Платно",
                        "7",
                        "+7 (3842) 44-55-66",
                        "г. Кемерово, пр. Ленина, д. 1");
        assertThat(found.get(0).get(10)).matches("\\d{4}-\\d{2}-\\d{2}");

        List<List<String>> sheet = xlsx(downloads.download("servicesXlsx").body());
        assertThat(sheet.stream().filter(row -> String.join(" ", row).contains(word)))
                .extracting(row -> row.get(0))
                .containsExactly(service);
    }

    @Test
    void thePageNeedsNoAccountAndLinksTheApiAndTheDataPackage() throws Exception {
        HttpResponse<String> page = downloads.page();

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Открытые данные</h1>")
                .contains("href=\"/api/hsds/\"")
                .contains("href=\"/api/docs/\"")
                .contains("href=\"/api/hsds/export/services.json\"")
                .contains("href=\"/api/hsds/export/datapackage.zip\"")
                .contains("aria-label=\"Скачать CSV: таблица организаций\"");
    }

    /** The records of a CSV download, which starts with a byte order mark for Excel. */
    private static List<CSVRecord> csv(byte[] body) throws Exception {
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    private static List<List<String>> rowsNaming(List<CSVRecord> rows, String word) {
        return rows.stream()
                .filter(row -> String.join(" ", row.toList()).contains(word))
                .map(CSVRecord::toList)
                .toList();
    }

    /** The cells of the first sheet as text, row by row. */
    private static List<List<String>> xlsx(byte[] body) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : text.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
