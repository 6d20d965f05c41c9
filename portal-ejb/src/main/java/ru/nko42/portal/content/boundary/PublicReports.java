package ru.nko42.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentReport;

/** The public reports page, {@code /reports}: public reports grouped by their year, newest year first. */
@Stateless
@PermitAll
public class PublicReports {

    /** More reports than the centre will ever file; the page shows them all. */
    private static final int MOST = 1000;

    private static final java.time.ZoneId KUZBASS = java.time.ZoneId.of("Asia/Novokuznetsk");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    public List<ReportYear> byYear() {
        List<Long> ids = em.createNamedQuery(ContentPiece.FIND_PUBLIC_IDS, Long.class)
                .setParameter("kind", ContentKind.REPORT)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("project", null)
                .setParameter("now", clock.now())
                .setMaxResults(MOST)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ContentPiece> byId = em.createNamedQuery(ContentPiece.FIND_BY_IDS, ContentPiece.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(ContentPiece::getId, piece -> piece));
        List<ContentPiece> reports = ids.stream().map(byId::get).toList();
        Map<Long, Integer> years = em.createNamedQuery(ContentReport.FIND_BY_PIECES, ContentReport.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(ContentReport::getPieceId, ContentReport::getYear));
        Map<Integer, List<PublicPiece>> grouped = new TreeMap<>(Comparator.reverseOrder());
        for (ContentPiece report : reports) {
            // a report saved before it had a year (none in practice) is filed under the year it was published
            int year = years.getOrDefault(
                    report.getId(), report.getPublishAt().atZone(KUZBASS).getYear());
            grouped.computeIfAbsent(year, unused -> new ArrayList<>()).add(PublicPiece.of(report));
        }
        return grouped.entrySet().stream()
                .map(entry -> new ReportYear(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
    }
}
