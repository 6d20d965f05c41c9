package ru.nko42.portal.events.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a list of events: its events, the page's number (from 0), its size and the total. */
public record EventPage(List<PublicEvent> events, int page, int size, long total) implements Serializable {

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
