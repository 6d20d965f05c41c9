package ru.nko42.portal.search.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Words and phrases a citizen may use for one another, as an administrator writes them: one group a line, its
 * words and phrases separated by commas ({@code пенсионер, пожилой, старшего возраста}). Any form of a word will
 * do (they are stemmed as the texts are); blank lines and lines starting with {@code #} are skipped. A list
 * applies to queries only, so changing it needs no reindexing.
 */
public final class SynonymList {

    private static final String DEFAULTS = "synonyms-ru.txt";

    /** One line's words and phrases, in the order written, with the line's number (from 1). */
    public record Group(int line, List<String> phrases) {

        public Group {
            phrases = List.copyOf(phrases);
        }
    }

    private final List<Group> groups;

    private SynonymList(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** A list without groups: queries match only the words typed (and their forms). */
    public static SynonymList none() {
        return new SynonymList(List.of());
    }

    /**
     * The list as an administrator wrote it.
     *
     * @throws SynonymListException for the first line with fewer than two words or phrases
     */
    public static SynonymList parse(List<String> lines) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Objects.requireNonNullElse(lines.get(i), "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> phrases = Arrays.stream(line.split(","))
                    .map(phrase -> phrase.strip().replaceAll("\\s+", " "))
                    .filter(phrase -> !phrase.isEmpty())
                    .distinct()
                    .toList();
            if (phrases.size() < 2) {
                throw new SynonymListException(i + 1, line, "a group needs at least two words or phrases");
            }
            groups.add(new Group(i + 1, phrases));
        }
        return new SynonymList(groups);
    }

    /** The list of a text with one group a line. */
    public static SynonymList parse(String text) {
        return parse(text == null ? List.of() : text.lines().toList());
    }

    /** The list the portal starts with: the words of social services in Russian. */
    public static SynonymList defaults() {
        try (InputStream in = SynonymList.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return parse(reader.lines().toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Group> groups() {
        return groups;
    }

    /** The list as lines, one group each, to show or store. */
    public List<String> lines() {
        return groups.stream().map(group -> String.join(", ", group.phrases())).toList();
    }
}
