package ru.nko42.portal.moderation.boundary;

import java.util.List;

/**
 * One page of the queue, oldest first, with the number of items that match the filter, the kinds there are and the
 * municipalities the caller moderates.
 */
public record QueuePage(
        List<QueueRow> rows, long total, int page, List<String> kinds, List<ScopeMunicipality> municipalities) {

    public int pages() {
        return (int) Math.max(1, (total + QueueFilter.PAGE_SIZE - 1) / QueueFilter.PAGE_SIZE);
    }
}
