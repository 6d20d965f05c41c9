package ru.nko42.portal.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import ru.nko42.portal.content.boundary.InvalidContentException;

/** The content check: files are what their bytes say, whatever their names; anything else is refused on its field. */
class ContentFileCheckTest {

    @Test
    void coversAreRecognizedByTheirBytesWithTheirPixelSize() {
        assertThat(FileContentCheck.cover(SampleFiles.image("png", 120, 80), "cover"))
                .isEqualTo(new CheckedFile(FileType.PNG, 120, 80));
        assertThat(FileContentCheck.cover(SampleFiles.image("jpg", 64, 48), "cover"))
                .isEqualTo(new CheckedFile(FileType.JPEG, 64, 48));
    }

    @Test
    void aWebpCoverIsRecognizedByItsRiffHeader() {
        byte[] webp = new byte[40];
        put(webp, 0, "RIFF");
        put(webp, 8, "WEBP");
        put(webp, 12, "VP8X");
        webp[24] = (byte) 199; // width - 1 = 199
        webp[27] = (byte) 99; // height - 1 = 99

        assertThat(FileContentCheck.cover(webp, "cover")).isEqualTo(new CheckedFile(FileType.WEBP, 200, 100));
    }

    @Test
    void documentsAreRecognizedByTheirContent() {
        assertThat(FileContentCheck.attachment(SampleFiles.pdf(), "attachment").type())
                .isEqualTo(FileType.PDF);
        assertThat(FileContentCheck.attachment(SampleFiles.docx("Годовой отчёт"), "attachment")
                        .type())
                .isEqualTo(FileType.DOCX);
        assertThat(FileContentCheck.attachment(SampleFiles.xlsx(), "attachment").type())
                .isEqualTo(FileType.XLSX);
    }

    @Test
    void aDocumentIsNotACoverNorAnImageAnAttachment() {
        refused(() -> FileContentCheck.cover(SampleFiles.pdf(), "cover"), "cover", "content.file.error.cover.type");
        refused(
                () -> FileContentCheck.attachment(SampleFiles.image("png", 40, 40), "attachment"),
                "attachment",
                "content.file.error.attachment.type");
    }

    @Test
    void aProgramHtmlOrSvgIsRefusedWhateverItIsCalled() {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] html = "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        for (byte[] hostile : new byte[][] {exe, html, svg}) {
            refused(
                    () -> FileContentCheck.attachment(hostile, "attachment"),
                    "attachment",
                    "content.file.error.attachment.type");
            refused(() -> FileContentCheck.cover(hostile, "cover"), "cover", "content.file.error.cover.type");
        }
    }

    @Test
    void macroDocumentsAndOtherPackagesAreRefused() {
        byte[] docm = SampleFiles.officePackage(
                "/word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");
        byte[] xlsm =
                SampleFiles.officePackage("/xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        byte[] pptx = SampleFiles.officePackage(
                "/ppt/presentation.xml",
                "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
        byte[] plainZip = SampleFiles.zip(java.util.Map.of("readme.txt", "hello"));

        refused(
                () -> FileContentCheck.attachment(docm, "attachment"),
                "attachment",
                "content.file.error.attachment.macros");
        refused(
                () -> FileContentCheck.attachment(xlsm, "attachment"),
                "attachment",
                "content.file.error.attachment.macros");
        refused(
                () -> FileContentCheck.attachment(pptx, "attachment"),
                "attachment",
                "content.file.error.attachment.type");
        refused(
                () -> FileContentCheck.attachment(plainZip, "attachment"),
                "attachment",
                "content.file.error.attachment.type");
    }

    @Test
    void aZipThatUnpacksToTooMuchIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/bomb.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < (FileContentCheck.MAX_UNPACKED_BYTES / zeros.length) + 1; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        refused(
                () -> FileContentCheck.attachment(bomb, "attachment"),
                "attachment",
                "content.file.error.attachment.unpacked");
    }

    @Test
    void emptyOversizedAndOutlandishImagesAreRefused() {
        refused(() -> FileContentCheck.cover(new byte[0], "cover"), "cover", "content.file.error.empty");
        byte[] big = new byte[(int) FileContentCheck.COVER_MAX_BYTES + 1];
        System.arraycopy(SampleFiles.image("png", 20, 20), 0, big, 0, 8);
        refused(() -> FileContentCheck.cover(big, "cover"), "cover", "content.file.error.cover.tooBig");
        byte[] bigPdf = new byte[(int) FileContentCheck.ATTACHMENT_MAX_BYTES + 1];
        put(bigPdf, 0, "%PDF-");
        refused(
                () -> FileContentCheck.attachment(bigPdf, "attachment"),
                "attachment",
                "content.file.error.attachment.tooBig");
        refused(
                () -> FileContentCheck.cover(SampleFiles.image("png", 8, 8), "cover"),
                "cover",
                "content.file.error.cover.tiny");
        byte[] huge = SampleFiles.image("png", 20, 20);
        huge[16] = 0x7F; // IHDR width's high byte: the header claims a picture wider than any cover
        refused(() -> FileContentCheck.cover(huge, "cover"), "cover", "content.file.error.cover.pixels");
    }

    @Test
    void aTruncatedImageIsRefused() {
        byte[] png = SampleFiles.image("png", 100, 100);
        byte[] broken = java.util.Arrays.copyOf(png, 12);
        refused(() -> FileContentCheck.cover(broken, "cover"), "cover", "content.file.error.cover.broken");
    }

    private static void refused(Runnable check, String field, String messageKey) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo(field);
                            assertThat(problem.messageKey()).isEqualTo(messageKey);
                        }));
    }

    private static void put(byte[] target, int at, String ascii) {
        byte[] bytes = ascii.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(bytes, 0, target, at, bytes.length);
    }
}
