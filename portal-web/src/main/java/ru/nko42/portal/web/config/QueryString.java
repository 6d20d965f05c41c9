package ru.nko42.portal.web.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The query of a link built from parameters, each encoded; a missing or blank value is left out. */
public final class QueryString {

    private final StringBuilder query = new StringBuilder();

    public QueryString add(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.append(query.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    /** The parameters joined by {@code &}, without a leading {@code ?}. */
    @Override
    public String toString() {
        return query.toString();
    }
}
