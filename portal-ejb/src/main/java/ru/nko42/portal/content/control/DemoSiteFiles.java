package ru.nko42.portal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.content.control.DemoReportDocuments.Figure;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentReport;

/**
 * The demo's reports and covers, written in the caller's transaction: a public report with an annual report (DOCX)
 * and its figures (XLSX) written for the demo, and drawn covers for news.
 */
@ApplicationScoped
public class DemoSiteFiles {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PieceFileWriter files;

    /** A public report for {@code year}, published at {@code published}, with its DOCX and XLSX. */
    public ContentPiece report(
            int year, Instant published, Account editor, int ngos, int people, int municipalities, int projects) {
        String title = "Годовой отчёт центра за " + year + " год";
        ContentPiece piece = new ContentPiece(ContentKind.REPORT, title, freeSlug(Slugs.fromTitle(title)));
        piece.setLead("Что ресурсный центр сделал за " + year + " год: консультации, обучение и поддержка НКО Кузбасса,"
                + " реализованные проекты и расходование средств.");
        piece.setBody(BodySanitizer.clean("<p>Полный текст отчёта и таблица показателей — в документах ниже.</p>"));
        piece.publish(published, published, editor);
        em.persist(piece);
        em.flush();
        em.persist(new ContentReport(piece.getId(), year));
        files.attach(
                piece,
                "Годовой отчёт " + year + ".docx",
                "Годовой отчёт за " + year + " год",
                DemoReportDocuments.annualReport(
                        title,
                        List.of(
                                "В " + year + " году ресурсный центр поддерживал некоммерческие организации и"
                                        + " инициативные группы в " + municipalities + " муниципальных образованиях"
                                        + " Кемеровской области — Кузбасса.",
                                "Консультации получили " + ngos + " организаций: по регистрации и изменению устава,"
                                        + " бухгалтерскому учёту и отчётности в Минюст, подготовке заявок на гранты.",
                                "В семинарах, вебинарах и встречах клуба бухгалтеров НКО приняли участие " + people
                                        + " человек.",
                                "Центр реализовал " + projects + " проектов при поддержке Фонда президентских грантов,"
                                        + " областного бюджета и местных благотворительных фондов.",
                                "Средства израсходованы в соответствии со сметами проектов; сведения о расходах"
                                        + " приведены в таблице показателей.")),
                editor);
        files.attach(
                piece,
                "Показатели " + year + ".xlsx",
                "Показатели работы за " + year + " год",
                DemoReportDocuments.figures(
                        "Показатели " + year,
                        "Показатель",
                        "Значение",
                        List.of(
                                new Figure("Организаций получили консультации", ngos),
                                new Figure("Участников обучающих мероприятий", people),
                                new Figure("Муниципальных образований", municipalities),
                                new Figure("Реализованных проектов", projects))),
                editor);
        return piece;
    }

    /** A drawn cover for each of the two newest public news items that have none. */
    public void coverTheNewestNews(Instant now, Account editor) {
        List<ContentPiece> newest = em
                .createNamedQuery(ContentPiece.FIND_PUBLIC_IDS, Long.class)
                .setParameter("kind", ContentKind.NEWS)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("project", null)
                .setParameter("now", now)
                .setMaxResults(2)
                .getResultList()
                .stream()
                .map(id -> em.find(ContentPiece.class, id))
                .filter(piece -> piece.getCoverImageKey() == null)
                .toList();
        Color[][] palettes = {{new Color(0x1a5fb4), new Color(0x2ec27e)}, {new Color(0x813d9c), new Color(0xe66100)}};
        for (int i = 0; i < newest.size(); i++) {
            files.setCover(
                    newest.get(i), "обложка.png", DemoReportDocuments.cover(palettes[i][0], palettes[i][1]), editor);
        }
    }

    private String freeSlug(String base) {
        for (int n = 1; ; n++) {
            String slug = Slugs.numbered(base, n);
            boolean taken = em.createNamedQuery(ContentPiece.FIND_BY_SLUG, ContentPiece.class)
                    .setParameter("kind", ContentKind.REPORT)
                    .setParameter("slug", slug)
                    .getResultStream()
                    .findAny()
                    .isPresent();
            if (!taken) {
                return slug;
            }
        }
    }
}
