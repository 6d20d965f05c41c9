package ru.nko42.portal.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo projects, library articles, team and about text of {@value #RESOURCE}: blocks separated by a line "---",
 * each with header lines "name: value" (always kind and title), an empty line and the body. Lines starting with "#"
 * are comments.
 */
public final class DemoSiteFile {

    public static final String RESOURCE = "content/demo-site.txt";

    /** One demo piece: its headers by name, and its body (HTML). */
    public record DemoBlock(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name);
        }

        /** A header that is a whole number, or {@code fallback} when it is missing. */
        public int number(String name, int fallback) {
            String value = headers.get(name);
            return value == null ? fallback : Integer.parseInt(value);
        }
    }

    private DemoSiteFile() {}

    public static List<DemoBlock> fromClassPath() {
        try (InputStream in = DemoSiteFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DemoBlock> parse(String text) {
        List<DemoBlock> blocks = new ArrayList<>();
        for (String block : text.split("(?m)^---$")) {
            String[] parts = block.strip().split("\\R\\R", 2);
            Map<String, String> headers = new LinkedHashMap<>();
            parts[0].lines()
                    .filter(line -> !line.startsWith("#") && line.contains(":"))
                    .forEach(line -> headers.put(
                            line.substring(0, line.indexOf(':')).strip(),
                            line.substring(line.indexOf(':') + 1).strip()));
            if (headers.containsKey("kind") && headers.containsKey("title")) {
                blocks.add(new DemoBlock(headers, parts.length > 1 ? parts[1].strip() : ""));
            }
        }
        return blocks;
    }
}
