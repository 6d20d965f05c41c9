package ru.nko42.portal.account.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of the accounts an {@link AccountQuery} found, and how many it found in all. */
public record AccountsPage(List<AccountRow> rows, long total, int page, int pageSize) implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
