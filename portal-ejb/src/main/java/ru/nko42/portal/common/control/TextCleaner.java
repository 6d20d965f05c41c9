package ru.nko42.portal.common.control;

import java.util.Locale;

/**
 * Tidies what was typed before it is checked and stored: surrounding spaces go, empty text becomes no value, and
 * registration numbers lose the spaces people type between digit groups.
 */
public final class TextCleaner {

    private TextCleaner() {}

    /** What was typed without surrounding spaces; empty text is no value. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A registration number without its separators; none at all when nothing else was typed (a lone dash). */
    public static String number(String value) {
        String stripped = text(value);
        String joined = stripped == null ? "" : stripped.replaceAll("[\\s\\u00A0-]", "");
        return joined.isEmpty() ? null : joined.toUpperCase(Locale.ROOT);
    }
}
