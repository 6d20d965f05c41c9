package ru.nko42.portal.audit.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Lines of a CSV file that spreadsheets open safely: separated by semicolons (what Excel expects in a Russian
 * locale), quoted where needed, and a cell that starts like a formula (= + - @, tab, carriage return) prefixed with
 * a quote so it is shown as text, never run.
 */
public final class CsvCells {

    /** The UTF-8 byte order mark, so Excel reads the file as UTF-8 (Cyrillic). */
    public static final String BOM = "\uFEFF";

    public static final char SEPARATOR = ';';

    private CsvCells() {}

    public static String line(List<?> cells) {
        return cells.stream().map(CsvCells::cell).collect(Collectors.joining(String.valueOf(SEPARATOR))) + "\r\n";
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(SEPARATOR) >= 0
                || text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
