package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A piece of a highlighted text: plain text that is or is not one of the words the search matched. Pages escape
 * the text as any other and mark the highlighted runs (e.g. with {@code <mark>}), so no markup ever comes from the
 * index.
 */
public record TextRun(String text, boolean highlighted) implements Serializable {

    public TextRun {
        Objects.requireNonNull(text, "text");
    }

    /** The text of all the runs, without marks. */
    public static String plain(List<TextRun> runs) {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
