package ru.nko42.portal.web.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The query of a public list's address ({@code ?project=...&tag=...&page=N}), so a filter can be bookmarked. */
final class ListAddress {

    private ListAddress() {}

    /** The query for the filters that are set (name, value in turn; null or blank values left out) and the page. */
    static String query(int page, String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                query.append(query.length() > 0 ? "&" : "")
                        .append(namesAndValues[i])
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (page > 1) {
            query.append(query.length() > 0 ? "&" : "").append("page=").append(page);
        }
        return query.length() == 0 ? "" : "?" + query;
    }
}
