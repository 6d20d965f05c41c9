package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a public list: its pieces, newest first, the page's number (from 0), its size and the total. */
public record PublicPage(List<PublicPiece> pieces, int page, int size, long total) implements Serializable {

    public int pages() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
