package ru.nko42.portal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.content.control.BodySanitizer;
import ru.nko42.portal.content.control.DemoReportDocuments;
import ru.nko42.portal.content.control.DemoReportDocuments.Figure;
import ru.nko42.portal.content.control.PieceFileWriter;
import ru.nko42.portal.content.control.Slugs;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentPiece;
import ru.nko42.portal.model.content.ContentReport;

/**
 * What the embedded default ({@code portal.demo=true}) has of the site's files: two public reports, for the last
 * two years, each with its documents made by {@link DemoReportDocuments} (an annual report in DOCX, its figures in
 * XLSX), loaded once when there are no reports; and a drawn cover for the two newest demo news that have none.
 * Runs a moment after {@link DemoNews}, so its news are there.
 */
@Startup
@Singleton
public class DemoReports {

    private static final long DELAY_MILLIS = 6000;
    private static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    PieceFileWriter files;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void scheduleLoad() {
        if (Boolean.parseBoolean(Setting.of("portal.demo").orElse("false"))) {
            timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
        }
    }

    @Timeout
    void load() {
        Account editor = em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", DemoNews.EDITOR_EMAIL)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant now = clock.instant();
        if (none(ContentKind.REPORT)) {
            int lastYear = now.atZone(KUZBASS).getYear() - 1;
            report(lastYear, now.minus(Duration.ofDays(40)), editor, 48, 1260, 31, 9);
            report(lastYear - 1, now.minus(Duration.ofDays(400)), editor, 37, 940, 27, 6);
        }
        coverTheNewestNews(editor);
    }

    private void report(
            int year, Instant published, Account editor, int ngos, int people, int municipalities, int projects) {
        String title = "Годовой отчёт центра за " + year + " год";
        ContentPiece piece = new ContentPiece(ContentKind.REPORT, title, Slugs.fromTitle(title));
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
    }

    private void coverTheNewestNews(Account editor) {
        List<ContentPiece> newest = em
                .createNamedQuery(ContentPiece.FIND_PUBLIC_IDS, Long.class)
                .setParameter("kind", ContentKind.NEWS)
                .setParameter("shown", ContentPiece.SHOWN)
                .setParameter("now", clock.instant())
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

    private boolean none(ContentKind kind) {
        return em.createNamedQuery(ContentPiece.FIND_BY_KIND, ContentPiece.class)
                .setParameter("kind", kind)
                .setMaxResults(1)
                .getResultStream()
                .findAny()
                .isEmpty();
    }
}
