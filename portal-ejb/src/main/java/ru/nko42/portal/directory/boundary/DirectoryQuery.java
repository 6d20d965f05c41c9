package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * What a visitor asks the public directory: filters (each optional), a sort and a page. Values come from the URL,
 * so anything may arrive: the record keeps only what makes sense (a page from 1 to {@link #MAX_PAGE}, a page size
 * from 1 to {@link #MAX_PAGE_SIZE}, text of at most {@link #MAX_TEXT} characters).
 */
public record DirectoryQuery(
        OrganizationKind kind,
        String municipality,
        String activityArea,
        String targetGroup,
        String text,
        Sort sort,
        int page,
        int pageSize)
        implements Serializable {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_TEXT = 200;
    /** The last page whose first row an {@code int} can still count at the largest page size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PAGE_SIZE;

    public enum Sort {
        NAME,
        NEWEST,
        MUNICIPALITY
    }

    public DirectoryQuery {
        municipality = blankToNull(municipality);
        activityArea = blankToNull(activityArea);
        targetGroup = blankToNull(targetGroup);
        text = blankToNull(text);
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT)
                    .strip();
        }
        sort = sort == null ? Sort.NAME : sort;
        page = Math.min(Math.max(1, page), MAX_PAGE);
        pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    public static DirectoryQuery all() {
        return new DirectoryQuery(null, null, null, null, null, Sort.NAME, 1, DEFAULT_PAGE_SIZE);
    }

    public DirectoryQuery inMunicipality(String code) {
        return new DirectoryQuery(kind, code, activityArea, targetGroup, text, sort, 1, pageSize);
    }

    public DirectoryQuery onPage(int number) {
        return new DirectoryQuery(kind, municipality, activityArea, targetGroup, text, sort, number, pageSize);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
