package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One page of the public directory: its organizations, how many match in all, and how many match in each
 * municipality (with every filter but the municipality), so a visitor sees where to look.
 */
public record DirectoryPage(
        List<OrganizationCard> organizations, long total, int page, int pageSize, Map<String, Long> byMunicipality)
        implements Serializable {

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
