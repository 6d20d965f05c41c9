package ru.nko42.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.Map;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.boundary.ReportDetails;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentReport;

/** The year of a public report: required, from {@value #FIRST_YEAR} to next year; a new report starts at last year. */
@ApplicationScoped
public class ReportDetailsStore implements PieceDetailsStore {

    public static final int FIRST_YEAR = 2000;
    private static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PortalClock clock;

    @Override
    public ContentKind kind() {
        return ContentKind.REPORT;
    }

    @Override
    public PieceDetails read(ContentPiece piece) {
        ContentReport report = em.find(ContentReport.class, piece.getId());
        return new ReportDetails(report == null ? thisYear() - 1 : report.getYear());
    }

    @Override
    public void write(ContentPiece piece, PieceDetails details) {
        Integer year = ((ReportDetails) details).year();
        if (year == null) {
            throw InvalidContentException.of("reportYear", "content.report.error.year.required");
        }
        if (year < FIRST_YEAR || year > thisYear() + 1) {
            throw InvalidContentException.of("reportYear", "content.report.error.year.range");
        }
        ContentReport report = em.find(ContentReport.class, piece.getId());
        if (report == null) {
            em.persist(new ContentReport(piece.getId(), year));
        } else {
            report.setYear(year);
        }
    }

    @Override
    public Map<String, Object> auditFields(ContentPiece piece) {
        ContentReport report = em.find(ContentReport.class, piece.getId());
        return Changes.of("reportYear", report == null ? null : report.getYear());
    }

    private int thisYear() {
        return clock.now().atZone(KUZBASS).getYear();
    }
}
