package ru.nko42.portal.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo news of {@value #RESOURCE}: blocks separated by "---", each with header lines (title, days, tags, lead),
 * an empty line and the body. Lines starting with "#" before the first block are comments.
 */
public final class DemoNewsFile {

    public static final String RESOURCE = "content/demo-news.txt";

    /** One demo news item; {@code days} from the start on which it is published (negative: in the past). */
    public record DemoItem(String title, int days, String tags, String lead, String body) {}

    private DemoNewsFile() {}

    public static List<DemoItem> fromClassPath() {
        try (InputStream in = DemoNewsFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DemoItem> parse(String text) {
        List<DemoItem> items = new ArrayList<>();
        for (String block : text.split("(?m)^---$")) {
            String[] headAndBody = block.strip().split("\\R\\R", 2);
            String title = null;
            String tags = "";
            String lead = null;
            int days = 0;
            for (String line : headAndBody[0].split("\\R")) {
                if (line.startsWith("#") || !line.contains(":")) {
                    continue;
                }
                String name = line.substring(0, line.indexOf(':')).strip();
                String value = line.substring(line.indexOf(':') + 1).strip();
                switch (name) {
                    case "title" -> title = value;
                    case "days" -> days = Integer.parseInt(value);
                    case "tags" -> tags = value;
                    case "lead" -> lead = value;
                    default -> throw new IllegalArgumentException("Unknown header " + name);
                }
            }
            if (title != null) {
                items.add(new DemoItem(title, days, tags, lead, headAndBody.length > 1 ? headAndBody[1].strip() : ""));
            }
        }
        return items;
    }
}
