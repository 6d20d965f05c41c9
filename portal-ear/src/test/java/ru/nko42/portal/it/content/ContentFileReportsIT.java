package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.ContentFileService;
import ru.nko42.portal.content.boundary.ContentFileSiteService;
import ru.nko42.portal.content.boundary.FileView;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.content.boundary.PublicReports;
import ru.nko42.portal.content.boundary.ReportDetails;
import ru.nko42.portal.content.boundary.ReportYear;
import ru.nko42.portal.content.control.DemoSiteFiles;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * Public reports: their year is required and sane; /reports lists only public reports, grouped by year with the
 * newest year first, each with its title, lead and documents to download; the demo's reports carry a real DOCX and
 * XLSX, and the newest news a drawn cover.
 */
@ExtendWith(ArquillianExtension.class)
class ContentFileReportsIT {

    private static final AsAccount EDITOR = AsAccount.of("content-reports-editor@example.org", AccountRole.EDITOR);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static WebArchive deployment() {
        return ContentFileDeployment.war("content-reports-it");
    }

    @Inject
    ContentEditingService editing;

    @Inject
    ContentFileService files;

    @Inject
    PublicReports reports;

    @Inject
    ContentFileSiteService site;

    @Inject
    DemoSiteFiles demo;

    @Test
    void theReportsPageGroupsPublicReportsByYearNewestFirst() throws Exception {
        String run = unique();
        PieceView older = report("Отчёт старый " + run, 2021, true);
        PieceView newer = report("Отчёт новый " + run, 2022, true);
        PieceView hidden = report("Отчёт черновой " + run, 2022, false);
        FileView document = EDITOR.call(() -> files.attach(newer.id(), "Отчёт 2022.pdf", "Годовой отчёт 2022", pdf()));

        HttpResponse<String> page = get("/reports");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains(older.title()).contains(newer.title()).doesNotContain(hidden.title());
        assertThat(html.indexOf("id=\"year-2022\"")).isPositive().isLessThan(html.indexOf("id=\"year-2021\""));
        assertThat(html.indexOf(newer.title()))
                .isGreaterThan(html.indexOf("id=\"year-2022\""))
                .isLessThan(html.indexOf("id=\"year-2021\""));
        assertThat(html.indexOf(older.title())).isGreaterThan(html.indexOf("id=\"year-2021\""));
        assertThat(html)
                .contains("Анонс " + newer.title())
                .contains("Годовой отчёт 2022")
                .contains(document.path());
        assertThat(html).contains("id=\"" + newer.slug() + "\"");

        assertThat(reports.byYear())
                .filteredOn(year -> year.year() == 2022)
                .flatExtracting(ReportYear::reports)
                .extracting(piece -> piece.title())
                .contains(newer.title())
                .doesNotContain(hidden.title());
        assertThat(ContentKind.REPORT.publicPath(newer.slug())).isEqualTo("/reports#" + newer.slug());
    }

    @Test
    void aReportNeedsASaneYear() {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.REPORT, "Отчёт без года " + unique()));
        for (Integer year : new Integer[] {null, 1999, Year.now().getValue() + 2}) {
            assertThatThrownBy(() -> EDITOR.call(() -> editing.save(edit(draft, year))))
                    .as(String.valueOf(year))
                    .isInstanceOfSatisfying(
                            InvalidContentException.class,
                            e -> assertThat(e.problems())
                                    .singleElement()
                                    .satisfies(problem ->
                                            assertThat(problem.field()).isEqualTo("reportYear")));
        }
        PieceView saved = EDITOR.call(() -> editing.save(edit(draft, 2020)));
        assertThat(EDITOR.call(() -> editing.details(saved.id()))).isEqualTo(new ReportDetails(2020));
    }

    @Test
    void theDemoReportsCarryAnAnnualReportAndItsFiguresAndTheNewestNewsACover() throws Exception {
        PieceView news = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Новость для обложки " + unique()));
        EDITOR.call(() -> editing.publishNow(news.id(), news.version()));
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        int year = 2100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(7000);
        ContentPiece report = demo.report(year, Instant.now().minus(Duration.ofDays(1)), null, 48, 1260, 31, 9);
        demo.coverTheNewestNews(Instant.now(), null);
        transaction.commit();

        List<FileView> documents = site.attachments(report.getId());
        assertThat(documents).extracting(FileView::typeLabel).containsExactly("DOCX", "XLSX");
        assertThat(documents)
                .extracting(FileView::title)
                .containsExactly("Годовой отчёт за " + year + " год", "Показатели работы за " + year + " год");
        assertThat(reports.byYear())
                .filteredOn(group -> group.year() == year)
                .flatExtracting(ReportYear::reports)
                .extracting(piece -> piece.title())
                .containsExactly("Годовой отчёт центра за " + year + " год");
        HttpResponse<String> download = get(documents.get(0).path());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
        String coverPath = EDITOR.call(() -> editing.preview(news.id())).coverPath();
        assertThat(coverPath).isNotNull();
        assertThat(get(coverPath).headers().firstValue("Content-Type")).hasValue("image/png");
    }

    private PieceView report(String title, int year, boolean publish) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.REPORT, title));
        PieceView saved = EDITOR.call(() -> editing.save(edit(draft, year)));
        return publish ? EDITOR.call(() -> editing.publishNow(saved.id(), saved.version())) : saved;
    }

    private static PieceEdit edit(PieceView piece, Integer year) {
        return new PieceEdit(
                piece.id(),
                piece.version(),
                piece.title(),
                "Анонс " + piece.title(),
                "<p>Отчёт</p>",
                "",
                "",
                new ReportDetails(year));
    }

    private HttpResponse<String> get(String path) throws Exception {
        String base = System.getProperty("portal.base.url", "http://localhost:8180");
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept-Language", "ru")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
