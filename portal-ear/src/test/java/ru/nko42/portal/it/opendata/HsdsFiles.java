package ru.nko42.portal.it.opendata;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HSDS examples the deployment carries, each time with fresh ids (every UUID in the file replaced consistently),
 * so that tests importing the same example do not meet each other's records.
 */
final class HsdsFiles {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private HsdsFiles() {}

    /** The example's text with fresh ids; the test is skipped where the examples are not at hand. */
    static String example(String name) {
        try (InputStream in =
                HsdsFiles.class.getClassLoader().getResourceAsStream(OpenDataDeployments.EXAMPLES + name)) {
            assumeTrue(in != null, "The HSDS examples (../shared/hsds-3.0) are not at hand");
            return freshIds(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text with each UUID replaced by a new one, the same UUID by the same new one. */
    static String freshIds(String text) {
        Map<String, String> fresh = new HashMap<>();
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
