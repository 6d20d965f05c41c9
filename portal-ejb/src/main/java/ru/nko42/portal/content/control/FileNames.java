package ru.nko42.portal.content.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import ru.nko42.portal.model.content.ContentFile;

/**
 * Names of stored files: the random storage key ({@code 32 hex digits.extension}, the only name that reaches the
 * disk), the uploaded name cleaned for display and headers (no path, no control or reserved characters, the
 * extension of the type the content showed), and the {@code Content-Disposition} that carries it, with an RFC 5987
 * {@code filename*} for names in Cyrillic.
 */
public final class FileNames {

    /** What a storage key looks like; anything else is never looked up. */
    public static final Pattern KEY = Pattern.compile("[0-9a-f]{32}\\.(jpg|png|webp|pdf|docx|xlsx)");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}\"\\\\/:*?<>|;%\\p{Zl}\\p{Zp}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FileNames() {}

    /** A new random key for a file of {@code type}. */
    public static String newKey(FileType type) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random) + "." + type.extension();
    }

    public static boolean isKey(String candidate) {
        return candidate != null && KEY.matcher(candidate).matches();
    }

    /** The uploaded name as people see it: its last path segment, cleaned, ending in the type's extension. */
    public static String display(String uploaded, FileType type) {
        String name = uploaded == null ? "" : uploaded;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = SPACES.matcher(UNSAFE.matcher(name).replaceAll("_"))
                .replaceAll(" ")
                .strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : dot == 0 ? "" : name;
        base = base.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        int room = ContentFile.FILE_NAME_LENGTH - type.extension().length() - 1;
        if (base.length() > room) {
            base = base.substring(0, room).strip();
        }
        return base + "." + type.extension();
    }

    /**
     * The {@code Content-Disposition} header for {@code name}: {@code inline} or {@code attachment}, an ASCII
     * {@code filename} for old clients and the exact name in {@code filename*} (RFC 5987, UTF-8).
     */
    public static String contentDisposition(String name, boolean inline) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_")
                .replace("\"", "_")
                .replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** A size in human units, with the unit names given: "820 КБ", "1,4 МБ". */
    public static String humanSize(long bytes, Locale locale, String byteUnit, String kiloUnit, String megaUnit) {
        if (bytes < 1024) {
            return bytes + " " + byteUnit;
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " " + kiloUnit;
        }
        return String.format(locale, "%.1f %s", bytes / (1024.0 * 1024.0), megaUnit);
    }
}
