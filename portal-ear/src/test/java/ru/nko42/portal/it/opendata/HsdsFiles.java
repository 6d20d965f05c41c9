package ru.nko42.portal.it.opendata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import ru.nko42.portal.opendata.control.HsdsDataPackage;

/**
 * The HSDS examples the deployment carries, each time with fresh ids (every UUID in the file replaced consistently),
 * so that tests importing the same example do not meet each other's records.
 */
final class HsdsFiles {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** Where the tests find the HSDS examples inside the WAR. */
    static final String EXAMPLES = "hsds/examples/";

    private HsdsFiles() {}

    /** The HSDS 3.0 folder beside the project (the build names it; a run from portal-ear finds it two levels up). */
    static File hsdsFolder() {
        return new File(System.getProperty("hsds.dir", "../../shared/hsds-3.0"));
    }

    /**
     * Whether the HSDS examples are at hand: beside the project on the client (where JUnit decides to skip a test),
     * in the deployment inside the server. A test that needs them is skipped where they are not, never passed.
     */
    static boolean examplesAtHand() {
        return HsdsFiles.class.getClassLoader().getResource(EXAMPLES + "service_full.json") != null
                || new File(hsdsFolder(), "examples/service_full.json").isFile();
    }

    /** Whether this build reads data packages yet ({@link HsdsDataPackage#read} was a stub at first). */
    static boolean dataPackagesReadable() {
        if (!examplesAtHand()) {
            return false;
        }
        try {
            HsdsDataPackage.read(new ByteArrayInputStream(
                    new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
            return true;
        } catch (UnsupportedOperationException stub) {
            return false;
        } catch (IOException | RuntimeException readerWorks) {
            return true;
        }
    }

    /** The example's text with fresh ids; the test is skipped where the examples are not at hand. */
    static String example(String name) {
        try (InputStream in = HsdsFiles.class.getClassLoader().getResourceAsStream(EXAMPLES + name)) {
            assumeTrue(in != null, "The HSDS examples (../shared/hsds-3.0) are not at hand");
            return freshIds(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The specification's CSV data package as a zip, with fresh ids; the test is skipped where it is not at hand. */
    static byte[] dataPackage() {
        Map<String, String> fresh = new HashMap<>();
        String names = resource("csv/files.txt");
        assumeTrue(names != null, "The HSDS examples (../shared/hsds-3.0) are not at hand");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            for (String name : names.split("\n")) {
                // the examples' datapackage.json is a link to a file of the specification's repository that the
                // copy does not hold (its text is the link's target): the tables are read by their standard names
                if (name.isBlank() || name.equals("datapackage.json")) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(freshIds(resource("csv/" + name), fresh).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return zip.toByteArray();
    }

    private static String resource(String name) {
        try (InputStream in = HsdsFiles.class.getClassLoader().getResourceAsStream(EXAMPLES + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text with each UUID replaced by a new one, the same UUID by the same new one. */
    static String freshIds(String text) {
        return freshIds(text, new HashMap<>());
    }

    /** The text with each UUID replaced by its new one in {@code fresh}, made there if it has none yet. */
    static String freshIds(String text, Map<String, String> fresh) {
        Matcher matcher = UUID_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = fresh.computeIfAbsent(
                    matcher.group().toLowerCase(), id -> UUID.randomUUID().toString());
            matcher.appendReplacement(out, replacement);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
