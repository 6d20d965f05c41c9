package ru.nko42.portal.search.control;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The synonym list administrators edit, kept in the database (one row, table {@code search_synonym_list}); without
 * it the search uses the list it ships with ({@link SynonymList#defaults()}).
 */
@Stateless
@LocalBean
public class SynonymStore {

    private static final long ROW = 1;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The list as last saved, or empty when none was. */
    public Optional<String> read() {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT content FROM search_synonym_list WHERE id = ?")
                .setParameter(1, ROW)
                .getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    /** Keeps the list, in place of the one saved before. */
    public void write(String text) {
        em.createNativeQuery("INSERT INTO search_synonym_list (id, content) VALUES (?, ?) ON DUPLICATE KEY UPDATE"
                        + " content = VALUES(content), updated_at = CURRENT_TIMESTAMP(6), version = version + 1")
                .setParameter(1, ROW)
                .setParameter(2, text)
                .executeUpdate();
    }
}
