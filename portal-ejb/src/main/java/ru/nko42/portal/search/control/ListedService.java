package ru.nko42.portal.search.control;

import java.util.List;
import ru.nko42.portal.schedule.control.OpeningHours;
import ru.nko42.portal.search.boundary.IndexedService;

/**
 * A service as the database has it for the search: what the index takes, and the hours it can be reached in, or
 * {@code service == null} when citizens may not find it (not published, its organization not published, or gone).
 */
public record ListedService(long id, IndexedService service, List<OpeningHours> hours) {

    public static ListedService hidden(long id) {
        return new ListedService(id, null, List.of());
    }

    public boolean listed() {
        return service != null;
    }
}
