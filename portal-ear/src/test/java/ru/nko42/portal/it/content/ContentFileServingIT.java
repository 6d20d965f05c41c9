package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;

/**
 * Files uploaded through the service and fetched from the deployed portal over HTTP: a document comes with its type,
 * its Cyrillic name in the disposition, nosniff, a sandbox and its SHA-256 as the ETag (304 when it matches); a
 * cover is shown in place and leaves the piece's open form saveable; a draft's files are 404 for visitors; unknown
 * keys and path tricks are 404; a refused file leaves nothing behind; visitors cannot upload.
 */
@ExtendWith(ArquillianExtension.class)
class ContentFileServingIT {

    private static final AsAccount EDITOR = AsAccount.of("content-files-editor@example.org", AccountRole.EDITOR);
    private static final AsAccount MEMBER = AsAccount.of("content-files-member@example.org", AccountRole.MEMBER);
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static WebArchive deployment() {
        return ContentFileDeployment.war("content-files-it");
    }

    @Inject
    ContentEditingService editing;

    @Inject
    ContentFileService files;

    @Inject
    ContentFileSiteService site;

    @Test
    void aDocumentIsServedWithItsTypeNameAndGuards() throws Exception {
        PieceView piece = published("Новость с отчётом " + unique());
        byte[] docx = docx("Отчёт о работе центра");
        FileView file = EDITOR.call(() -> files.attach(piece.id(), "Отчёт о работе.docx", "Отчёт", docx));

        HttpResponse<byte[]> response = get(file.path(), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(docx);
        assertThat(header(response, "Content-Type")).startsWith(DOCX);
        assertThat(header(response, "Content-Length")).isEqualTo(String.valueOf(docx.length));
        assertThat(header(response, "Content-Disposition"))
                .startsWith("attachment;")
                .contains(
                        "filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%20%D0%BE%20%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%B5.docx");
        assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(response, "Content-Security-Policy"))
                .contains("sandbox")
                .contains("default-src 'none'");
        assertThat(header(response, "Cache-Control")).startsWith("public");
        String etag = header(response, "ETag");
        assertThat(etag).isEqualTo("\"" + file.sha256() + "\"");

        HttpResponse<byte[]> again = get(file.path(), etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aCoverIsShownInPlaceAndTheEditorsOpenFormStillSaves() throws Exception {
        PieceView piece = published("Новость с обложкой " + unique());
        byte[] png = png(320, 180);

        FileView cover = EDITOR.call(() -> files.uploadCover(piece.id(), "Обложка.png", png));

        assertThat(cover.width()).isEqualTo(320);
        assertThat(cover.height()).isEqualTo(180);
        assertThat(EDITOR.call(() -> editing.preview(piece.id())).coverPath()).isEqualTo("/files/" + cover.key());
        HttpResponse<byte[]> response = get("/files/" + cover.key(), null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("image/png");
        assertThat(header(response, "Content-Disposition")).startsWith("inline;");
        String page = new String(get("/news/" + piece.slug(), null).body(), StandardCharsets.UTF_8);
        assertThat(page)
                .containsPattern("<meta property=\"og:image\" content=\"https?://[^\"]+/files/" + cover.key() + "\"")
                .contains("src=\"/files/" + cover.key() + "/");

        PieceView saved = EDITOR.call(() -> editing.save(new PieceEdit(
                piece.id(), piece.version(), piece.title(), "Новый анонс", piece.body(), piece.slug(), "")));
        assertThat(saved.coverImageKey()).as("a save keeps the cover").isEqualTo(cover.key());

        FileView replaced = EDITOR.call(() -> files.uploadCover(piece.id(), "new.jpg", png(200, 200)));
        assertThat(get("/files/" + cover.key(), null).statusCode())
                .as("the old cover")
                .isEqualTo(404);
        assertThat(get("/files/" + replaced.key(), null).statusCode()).isEqualTo(200);

        EDITOR.run(() -> files.removeCover(piece.id()));
        assertThat(get("/files/" + replaced.key(), null).statusCode()).isEqualTo(404);
        assertThat(EDITOR.call(() -> editing.preview(piece.id())).coverPath()).isNull();
    }

    @Test
    void theFilesOfADraftAreHiddenFromVisitors() throws Exception {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Черновик с документом " + unique()));
        FileView pdf = EDITOR.call(() -> files.attach(draft.id(), "план.pdf", null, pdf()));

        assertThat(get(pdf.path(), null).statusCode()).isEqualTo(404);
        assertThat(site.attachments(draft.id())).isEmpty();
        assertThat(site.download(pdf.key()).publicNow()).isFalse();

        PieceView shown = EDITOR.call(() -> editing.publishNow(draft.id(), draft.version()));
        HttpResponse<byte[]> published = get(pdf.path(), null);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(header(published, "Content-Disposition")).startsWith("attachment;");
        assertThat(site.attachments(draft.id())).extracting(FileView::title).containsExactly("план");
        String page = new String(get("/news/" + shown.slug(), null).body(), StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"" + pdf.path() + "\"").contains(">план</a>");

        EDITOR.call(() -> editing.unpublish(shown.id(), shown.version()));
        assertThat(get(pdf.path(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void unknownKeysAndPathTricksAre404() throws Exception {
        for (String path : new String[] {
            "/files/",
            "/files/0123456789abcdef0123456789abcdef.pdf",
            "/files/../WEB-INF/web.xml",
            "/files/%2e%2e/%2e%2e/WEB-INF/web.xml",
            "/files/..%2F..%2FWEB-INF%2Fweb.xml",
            "/files/0123456789ABCDEF0123456789ABCDEF.pdf",
            "/files/0123456789abcdef0123456789abcdef.exe"
        }) {
            int status = http.send(
                            HttpRequest.newBuilder(URI.create(base() + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            assertThat(status).as(path).isIn(400, 404);
        }
    }

    @Test
    void attachmentsKeepTheirOrderAndTitles() {
        PieceView piece = published("Новость с тремя документами " + unique());
        FileView first = EDITOR.call(() -> files.attach(piece.id(), "a.pdf", "Первый", pdf()));
        FileView second = EDITOR.call(() -> files.attach(piece.id(), "b.pdf", "Второй", pdf()));
        FileView third = EDITOR.call(() -> files.attach(piece.id(), "c.pdf", "Третий", pdf()));

        EDITOR.call(() -> files.move(third.id(), -1));
        EDITOR.call(() -> files.retitle(first.id(), "  Самый первый  "));
        EDITOR.run(() -> files.remove(second.id()));

        assertThat(site.attachments(piece.id())).extracting(FileView::title).containsExactly("Самый первый", "Третий");
    }

    @Test
    void aRefusedFileLeavesNothingBehind() {
        PieceView piece = published("Новость с отказом " + unique());
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EDITOR.call(() -> files.attach(piece.id(), "report.pdf", null, html)))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p ->
                                        assertThat(p.messageKey()).isEqualTo("content.file.error.attachment.type")));
        assertThatThrownBy(() -> EDITOR.call(() -> files.uploadCover(piece.id(), "cover.png", pdf())))
                .isInstanceOf(InvalidContentException.class);

        assertThat(EDITOR.call(() -> files.files(piece.id())).attachments()).isEmpty();
        assertThat(EDITOR.call(() -> files.files(piece.id())).cover()).isNull();
    }

    @Test
    void visitorsAndMembersCannotUploadOrRemove() {
        PieceView piece = published("Новость под охраной " + unique());

        assertThatThrownBy(() -> files.attach(piece.id(), "a.pdf", null, pdf())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MEMBER.call(() -> files.uploadCover(piece.id(), "c.png", png(100, 100))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> files.removeCover(piece.id())).isInstanceOf(EJBAccessException.class);
        assertThat(EDITOR.call(() -> files.files(piece.id())).attachments()).isEmpty();
    }

    private PieceView published(String title) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, title));
        return EDITOR.call(() -> editing.publishNow(draft.id(), draft.version()));
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String base() {
        return System.getProperty("portal.base.url", "http://localhost:8180");
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
