package ru.nko42.portal.content.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import ru.nko42.portal.content.boundary.InvalidContentException;

/**
 * Tells what an uploaded file is by its bytes, never by its name or the browser's word: covers are JPEG, PNG or WebP
 * up to {@value #COVER_MAX_BYTES} bytes and {@value #MAX_PIXELS_SIDE} pixels a side; attachments are PDF, or a DOCX
 * or XLSX whose {@code [Content_Types].xml} declares a Word document or an Excel workbook as its main part (macro
 * documents and everything else refused), up to {@value #ATTACHMENT_MAX_BYTES} bytes. A ZIP that unpacks to more
 * than {@value #MAX_UNPACKED_BYTES} bytes or holds more than {@value #MAX_ZIP_ENTRIES} entries is refused unread.
 */
public final class FileContentCheck {

    public static final long COVER_MAX_BYTES = 5L * 1024 * 1024;
    public static final long ATTACHMENT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_PIXELS_SIDE = 8_000;
    public static final int MIN_PIXELS_SIDE = 16;
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
    static final int MAX_ZIP_ENTRIES = 2_000;
    private static final int MAX_CONTENT_TYPES_BYTES = 256 * 1024;

    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final String XLSX_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    private FileContentCheck() {}

    /** The cover image {@code bytes} are, or a refusal on {@code field}. */
    public static CheckedFile cover(byte[] bytes, String field) {
        refuseIfEmptyOrOver(bytes, COVER_MAX_BYTES, field, "content.file.error.cover.tooBig");
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return readableImage(bytes, FileType.JPEG, field);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return readableImage(bytes, FileType.PNG, field);
        }
        if (ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            int[] size = WebpSize.of(bytes);
            if (size == null) {
                throw InvalidContentException.of(field, "content.file.error.cover.type");
            }
            return sane(new CheckedFile(FileType.WEBP, size[0], size[1]), field);
        }
        throw InvalidContentException.of(field, "content.file.error.cover.type");
    }

    /** The document {@code bytes} are, or a refusal on {@code field}. */
    public static CheckedFile attachment(byte[] bytes, String field) {
        refuseIfEmptyOrOver(bytes, ATTACHMENT_MAX_BYTES, field, "content.file.error.attachment.tooBig");
        if (ascii(bytes, 0, 5).equals("%PDF-")) {
            return new CheckedFile(FileType.PDF, null, null);
        }
        if (ascii(bytes, 0, 4).equals("PK\u0003\u0004")) {
            return new CheckedFile(officeType(bytes, field), null, null);
        }
        throw InvalidContentException.of(field, "content.file.error.attachment.type");
    }

    private static void refuseIfEmptyOrOver(byte[] bytes, long max, String field, String tooBigKey) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidContentException.of(field, "content.file.error.empty");
        }
        if (bytes.length > max) {
            throw InvalidContentException.of(field, tooBigKey);
        }
    }

    private static CheckedFile readableImage(byte[] bytes, FileType type, String field) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw InvalidContentException.of(field, "content.file.error.cover.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // the header's size only: decoding in full would let a small file claim a huge bitmap
                return sane(new CheckedFile(type, reader.getWidth(0), reader.getHeight(0)), field);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidContentException refused) {
                throw refused;
            }
            throw InvalidContentException.of(field, "content.file.error.cover.broken");
        }
    }

    private static CheckedFile sane(CheckedFile image, String field) {
        if (image.width() > MAX_PIXELS_SIDE || image.height() > MAX_PIXELS_SIDE) {
            throw InvalidContentException.of(field, "content.file.error.cover.pixels");
        }
        if (image.width() < MIN_PIXELS_SIDE || image.height() < MIN_PIXELS_SIDE) {
            throw InvalidContentException.of(field, "content.file.error.cover.tiny");
        }
        return image;
    }

    /** DOCX or XLSX by the main part the package declares; refused when it is anything else or carries macros. */
    private static FileType officeType(byte[] bytes, String field) {
        byte[] contentTypes = null;
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            byte[] buffer = new byte[64 * 1024];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw InvalidContentException.of(field, "content.file.error.attachment.unpacked");
                }
                String name = entry.getName();
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw InvalidContentException.of(field, "content.file.error.attachment.macros");
                }
                boolean isContentTypes = name.equals("[Content_Types].xml");
                java.io.ByteArrayOutputStream kept = isContentTypes ? new java.io.ByteArrayOutputStream() : null;
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw InvalidContentException.of(field, "content.file.error.attachment.unpacked");
                    }
                    if (kept != null) {
                        if (kept.size() + read > MAX_CONTENT_TYPES_BYTES) {
                            throw InvalidContentException.of(field, "content.file.error.attachment.type");
                        }
                        kept.write(buffer, 0, read);
                    }
                }
                if (kept != null) {
                    contentTypes = kept.toByteArray();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidContentException.of(field, "content.file.error.attachment.type");
        }
        if (contentTypes == null) {
            throw InvalidContentException.of(field, "content.file.error.attachment.type");
        }
        return declaredType(contentTypes, field);
    }

    private static FileType declaredType(byte[] contentTypes, String field) {
        String text = new String(contentTypes, StandardCharsets.UTF_8);
        if (text.toLowerCase(java.util.Locale.ROOT).contains("macroenabled")) {
            throw InvalidContentException.of(field, "content.file.error.attachment.macros");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            NodeList overrides = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(contentTypes))
                    .getElementsByTagNameNS("*", "Override");
            boolean word = false;
            boolean excel = false;
            for (int i = 0; i < overrides.getLength(); i++) {
                String type = ((Element) overrides.item(i)).getAttribute("ContentType");
                word |= DOCX_MAIN.equals(type);
                excel |= XLSX_MAIN.equals(type);
            }
            if (word != excel) {
                return word ? FileType.DOCX : FileType.XLSX;
            }
        } catch (Exception e) {
            // not XML we can read: refused below like any other package
        }
        throw InvalidContentException.of(field, "content.file.error.attachment.type");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int length) {
        if (bytes.length < from + length) {
            return "";
        }
        return new String(Arrays.copyOfRange(bytes, from, from + length), StandardCharsets.ISO_8859_1);
    }

    /** The canvas size a WebP file declares in its first chunk (lossy VP8, lossless VP8L or extended VP8X). */
    static final class WebpSize {

        private WebpSize() {}

        static int[] of(byte[] b) {
            if (b.length < 30) {
                return null;
            }
            String chunk = ascii(b, 12, 4);
            return switch (chunk) {
                case "VP8X" -> new int[] {1 + u24(b, 24), 1 + u24(b, 27)};
                case "VP8L" ->
                    b[20] != 0x2F
                            ? null
                            : new int[] {
                                1 + ((b[21] & 0xFF) | ((b[22] & 0x3F) << 8)),
                                1 + (((b[22] & 0xC0) >> 6) | ((b[23] & 0xFF) << 2) | ((b[24] & 0x0F) << 10))
                            };
                case "VP8 " ->
                    (b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A
                            ? null
                            : new int[] {u16(b, 26) & 0x3FFF, u16(b, 28) & 0x3FFF};
                default -> null;
            };
        }

        private static int u16(byte[] b, int at) {
            return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
        }

        private static int u24(byte[] b, int at) {
            return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16);
        }
    }
}
