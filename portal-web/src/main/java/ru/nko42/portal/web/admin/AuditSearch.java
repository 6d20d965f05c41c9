package ru.nko42.portal.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQuery;
import ru.nko42.portal.web.config.QueryString;

/**
 * A search of the audit log as request parameters ({@code text}, {@code type}, {@code from}, {@code to}, dates as
 * yyyy-MM-dd), shared by the page and its CSV export. What does not parse counts as not given.
 */
record AuditSearch(String text, String type, String from, String to) {

    static AuditSearch from(UnaryOperator<String> parameter) {
        return new AuditSearch(
                parameter.apply("text"), parameter.apply("type"), parameter.apply("from"), parameter.apply("to"));
    }

    AuditQuery query() {
        return new AuditQuery(blankToNull(text), item(type), date(from), date(to));
    }

    String queryString() {
        return new QueryString()
                .add("text", text)
                .add("type", type)
                .add("from", from)
                .add("to", to)
                .toString();
    }

    private static AuditItem item(String name) {
        return Arrays.stream(AuditItem.values())
                .filter(item -> item.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
