package ru.nko42.portal.search.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.nko42.portal.schedule.boundary.Schedule;

/**
 * The searches that found nothing, counted per Kuzbass day, normalised query and filters: what citizens look for
 * and the portal lacks. Nothing about who searched is kept: no address, no account, no point.
 */
@Stateless
public class ZeroResultLog {

    /** How far back the dashboard looks. */
    public static final int DAYS = 30;

    private static final Logger LOG = Logger.getLogger(ZeroResultLog.class.getName());
    private static final int TEXT_LENGTH = 200;
    private static final int FILTERS_LENGTH = 500;

    /** Adds one search, or counts it again, in one statement (many citizens may search the same at once). */
    private static final String COUNT = "INSERT INTO search_zero_result (day, query_text, filters, searches,"
            + " last_seen_at) VALUES (?, ?, ?, 1, ?)"
            + " ON DUPLICATE KEY UPDATE searches = searches + 1, last_seen_at = VALUES(last_seen_at)";

    private static final String MOST_FREQUENT = "SELECT query_text, filters, SUM(searches), MAX(last_seen_at)"
            + " FROM search_zero_result WHERE day >= ? GROUP BY query_text, filters"
            + " ORDER BY SUM(searches) DESC, MAX(last_seen_at) DESC LIMIT ?";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Counts a search that found nothing; never fails the page that asks (a failure is logged without the query).
     *
     * @param text the words as typed, or {@code null}
     * @param filters the filters as parameter names and codes
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(String text, String filters) {
        Instant now = clock.instant();
        try {
            em.createNativeQuery(COUNT)
                    .setParameter(1, now.atZone(Schedule.KUZBASS).toLocalDate())
                    .setParameter(2, normalised(text))
                    .setParameter(3, cut(filters == null ? "" : filters, FILTERS_LENGTH))
                    .setParameter(4, Timestamp.from(now))
                    .executeUpdate();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "A search that found nothing was not counted: "
                            + e.getClass().getName());
            LOG.log(Level.FINE, "counting a search that found nothing", e);
        }
    }

    /** The most frequent searches that found nothing in the last {@value #DAYS} days, the most frequent first. */
    @RolesAllowed("ADMIN")
    public List<ZeroResultQuery> mostFrequent(int limit) {
        LocalDate since = clock.instant().atZone(Schedule.KUZBASS).toLocalDate().minusDays(DAYS - 1L);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MOST_FREQUENT)
                .setParameter(1, since)
                .setParameter(2, Math.max(1, Math.min(limit, 500)))
                .getResultList();
        return rows.stream()
                .map(row -> new ZeroResultQuery(
                        (String) row[0], (String) row[1], ((Number) row[2]).longValue(), instant(row[3])))
                .toList();
    }

    /** Lower case, ё as е, one space between words, at most 200 characters. */
    public static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String words = text.toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replaceAll("[\\p{Cntrl}\\s]+", " ")
                .strip();
        return cut(words, TEXT_LENGTH);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.atZone(java.time.ZoneOffset.systemDefault()).toInstant();
        }
        return null;
    }
}
