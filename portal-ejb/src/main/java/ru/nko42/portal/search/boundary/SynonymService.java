package ru.nko42.portal.search.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.search.control.SynonymList;
import ru.nko42.portal.search.control.SynonymListException;
import ru.nko42.portal.search.control.SynonymStore;

/**
 * The synonym list of the service search as administrators edit it: one group a line ("пенсионер, пожилой,
 * старшего возраста"). A saved list applies to the next search at once (queries only: nothing is reindexed) and
 * after restarts.
 */
@Stateless
@RolesAllowed("ADMIN")
public class SynonymService {

    /** The longest list accepted, in characters. */
    public static final int MAX_LENGTH = 200_000;

    @EJB
    SynonymStore store;

    @EJB
    ServiceSearch search;

    @Inject
    AuditLog audit;

    /** The list in use: as last saved, or the one the portal ships with. */
    public String text() {
        return store.read()
                .orElseGet(() -> String.join("\n", SynonymList.defaults().lines()));
    }

    /**
     * Saves the list and makes searches use it.
     *
     * @throws BrokenSynonymLineException for the first line that cannot be used (fewer than two words or phrases,
     *     or nothing left of one after analysis); nothing is saved
     */
    public void save(String text) {
        String list = text == null ? "" : text.replace("\r\n", "\n");
        if (list.length() > MAX_LENGTH) {
            throw new BrokenSynonymLineException((int) list.lines().count(), "");
        }
        SynonymList parsed;
        try {
            parsed = SynonymList.parse(list);
        } catch (SynonymListException e) {
            throw new BrokenSynonymLineException(e.line(), e.text());
        }
        int before = parsedSize(text());
        store.write(list);
        try {
            search.useSynonyms(parsed);
        } catch (SynonymListException e) {
            throw new BrokenSynonymLineException(e.line(), e.text());
        }
        audit.record(
                "search.synonyms.save",
                AuditItem.SYNONYM_LIST,
                1L,
                Changes.of("groups", before),
                Changes.of("groups", parsed.groups().size()));
    }

    private static int parsedSize(String text) {
        try {
            return SynonymList.parse(text).groups().size();
        } catch (SynonymListException e) {
            return -1;
        }
    }
}
