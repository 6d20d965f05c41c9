package ru.nko42.portal.opendata.boundary;

/**
 * Which page of a list: {@code page} from 1, {@code perPage} documents a page (1 to {@link #MAX_PER_PAGE}).
 *
 * @throws IllegalArgumentException when either is out of range
 */
public record Paging(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 500;

    public Paging {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("per_page must be from 1 to " + MAX_PER_PAGE);
        }
    }

    public static Paging first() {
        return new Paging(1, DEFAULT_PER_PAGE);
    }

    /** The index of the page's first item among all. */
    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
