package ru.nko42.portal.web.content;

import ru.nko42.portal.web.config.QueryString;

/** The query of a public list's address ({@code ?project=...&tag=...&page=N}), so a filter can be bookmarked. */
public final class ListAddress {

    private ListAddress() {}

    /** The query for the filters that are set (name, value in turn; null or blank values left out) and the page. */
    public static String query(int page, String... namesAndValues) {
        QueryString query = new QueryString();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            query.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        if (page > 1) {
            query.add("page", page);
        }
        String text = query.toString();
        return text.isEmpty() ? "" : "?" + text;
    }
}
