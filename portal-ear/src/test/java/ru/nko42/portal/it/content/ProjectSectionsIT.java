package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.content.boundary.AboutSiteService;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.content.boundary.ProjectCard;
import ru.nko42.portal.content.boundary.ProjectDetails;
import ru.nko42.portal.content.boundary.ProjectEditingService;
import ru.nko42.portal.content.boundary.ProjectSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.content.boundary.TeamEditingService;
import ru.nko42.portal.content.boundary.TeamMemberCard;
import ru.nko42.portal.content.boundary.TeamMemberDetails;
import ru.nko42.portal.it.report.ReportFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;

/**
 * Projects, libraries and the team against MariaDB: a project's details are saved, or refused with field problems
 * and nothing half-saved; partners only from published organizations; current and archive by the end of the grant
 * period; news of a project; a library by tag with public pieces only; the team's order changed by an editor and
 * audited; visitors and members cannot call the editors' services.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectSectionsIT {

    private static final AsAccount EDITOR = AsAccount.of("project-editor@example.org", AccountRole.EDITOR);
    private static final AsAccount ADMIN = AsAccount.of("project-admin@example.org", AccountRole.ADMIN);
    private static final AsAccount MEMBER = AsAccount.of("project-member@example.org", AccountRole.MEMBER);
    private static final String MUNICIPALITY = "promyshlennovsky-mo";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Novokuznetsk"));

    @Deployment
    static WebArchive deployment() {
        return ProjectDeployment.war("project-sections-it");
    }

    @Inject
    ContentEditingService editing;

    @Inject
    ContentSiteService site;

    @Inject
    ProjectSiteService projects;

    @Inject
    ProjectEditingService projectChoices;

    @Inject
    AboutSiteService about;

    @Inject
    TeamEditingService team;

    @Inject
    AuditQueryService audit;

    @Inject
    ReportFixture organizations;

    @Test
    void aProjectsDetailsAreSavedAndShownWithItsPublishedPartners() {
        long partner = organizations.published("Партнёр " + unique(), MUNICIPALITY);
        PieceView project = EDITOR.call(() -> editing.create(ContentKind.PROJECT, "Проект " + unique()));
        ProjectDetails details = new ProjectDetails(
                "Фонд президентских грантов",
                "24-1-000777",
                TODAY.minusMonths(2),
                TODAY.plusMonths(10),
                "Научить активистов",
                "Обучены 100 человек",
                List.of(partner));

        PieceView saved = EDITOR.call(() -> editing.save(edit(project, details)));
        EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));

        assertThat(EDITOR.call(() -> editing.details(project.id()))).isEqualTo(details);
        var page = projects.page(site.find(ContentKind.PROJECT, project.slug()).piece());
        assertThat(page.card().current()).isTrue();
        assertThat(page.card().funder()).isEqualTo("Фонд президентских грантов");
        assertThat(page.goals()).isEqualTo("Научить активистов");
        assertThat(page.partners()).singleElement().satisfies(link -> {
            assertThat(link.id()).isEqualTo(partner);
            assertThat(link.path()).startsWith("/organizations/" + partner + "-");
        });
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndNothingIsSaved() {
        PieceView project = EDITOR.call(() -> editing.create(ContentKind.PROJECT, "Проект " + unique()));
        ProjectDetails backwards = new ProjectDetails(
                "Губернаторский грант Кузбасса", null, TODAY, TODAY.minusDays(1), null, null, List.of());

        assertThatThrownBy(() -> EDITOR.call(() -> editing.save(new PieceEdit(
                        project.id(), project.version(), "Новое название", null, null, "", "", backwards))))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        FieldProblem.of("periodTo", "content.error.project.periodTo.beforeFrom")));

        assertThat(EDITOR.call(() -> editing.piece(project.id())).title()).isEqualTo(project.title());
        assertThat(EDITOR.call(() -> editing.details(project.id()))).isEqualTo(ProjectDetails.none());
    }

    @Test
    void onlyPublishedOrganizationsCanBePartners() {
        long published = organizations.published("Опубликованная " + unique(), MUNICIPALITY);
        long draft = organizations.draft("Черновая " + unique(), MUNICIPALITY);
        PieceView project = EDITOR.call(() -> editing.create(ContentKind.PROJECT, "Проект " + unique()));

        assertThatThrownBy(() -> EDITOR.call(() -> editing.save(edit(project, withPartners(published, draft)))))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        FieldProblem.of("partners", "content.error.project.partners.unpublished")));
        assertThat(EDITOR.call(() -> projectChoices.partners()))
                .extracting(choice -> choice.id())
                .contains(published)
                .doesNotContain(draft);
    }

    @Test
    void aProjectWhosePeriodEndedIsInTheArchiveAndOneEndingTodayIsCurrent() {
        PieceView endsToday = publishedProject(TODAY.minusYears(1), TODAY);
        PieceView endedYesterday = publishedProject(TODAY.minusYears(1), TODAY.minusDays(1));

        List<Long> current = ids(projects.current(ContentSiteService.MAX_PAGE_SIZE));
        List<Long> archive = ids(projects.archive());

        assertThat(current).contains(endsToday.id()).doesNotContain(endedYesterday.id());
        assertThat(archive).contains(endedYesterday.id()).doesNotContain(endsToday.id());
    }

    @Test
    void newsAreFilteredByTheirProject() {
        PieceView project = publishedProject(TODAY, TODAY.plusYears(1));
        PieceView ofProject = publishedNews("Новость проекта " + unique(), project.id());
        PieceView other = publishedNews("Другая новость " + unique(), null);

        List<Long> ofThis = site.page(ContentKind.NEWS, null, project.id(), 0, 50).pieces().stream()
                .map(PublicPiece::id)
                .toList();

        assertThat(ofThis).containsExactly(ofProject.id());
        assertThat(EDITOR.call(() -> editing.piece(ofProject.id())).projectId()).isEqualTo(project.id());
        assertThat(projects.page(site.find(ContentKind.PROJECT, project.slug()).piece())
                        .news())
                .extracting(PublicPiece::id)
                .containsExactly(ofProject.id())
                .doesNotContain(other.id());
    }

    @Test
    void aPieceCannotBelongToSomethingThatIsNotAProject() {
        PieceView practice = EDITOR.call(() -> editing.create(ContentKind.PRACTICE, "Практика " + unique()));
        PieceView news = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Новость " + unique()));

        assertThatThrownBy(() -> EDITOR.call(() -> editing.save(new PieceEdit(
                        news.id(), news.version(), news.title(), null, null, "", "", null, practice.id()))))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("project", "content.error.project.missing")));
    }

    @Test
    void aLibraryListsItsPublicPiecesByTagAndCountsItsTags() {
        String tag = "учёт " + unique();
        PieceView shown = publishedPiece(ContentKind.ACCOUNTANTS_CLUB, "Учёт в НКО " + unique(), tag);
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.ACCOUNTANTS_CLUB, "Черновик " + unique()));
        EDITOR.call(() -> editing.save(new PieceEdit(draft.id(), draft.version(), draft.title(), null, null, "", tag)));
        PieceView otherLibrary = publishedPiece(ContentKind.PRACTICE, "Практика " + unique(), tag);

        List<Long> listed = site.page(ContentKind.ACCOUNTANTS_CLUB, tag, 0, 50).pieces().stream()
                .map(PublicPiece::id)
                .toList();

        assertThat(listed).containsExactly(shown.id());
        assertThat(listed).doesNotContain(draft.id(), otherLibrary.id());
        assertThat(site.tags(ContentKind.ACCOUNTANTS_CLUB))
                .filteredOn(count -> count.tag().equals(tag))
                .singleElement()
                .satisfies(count -> assertThat(count.count()).isEqualTo(1));
    }

    @Test
    void anEditorMovesAPersonUpTheTeamAndTheAboutPageShowsTheNewOrder() {
        PieceView first = teamMember("Анна Первая " + unique(), "Директор");
        PieceView second = teamMember("Борис Второй " + unique(), "Юрист");
        assertThat(teamOrder(first, second)).containsExactly(first.id(), second.id());

        EDITOR.run(() -> team.move(second.id(), true));

        assertThat(teamOrder(first, second)).containsExactly(second.id(), first.id());
        assertThat(about.page().team())
                .filteredOn(member -> member.piece().id() == second.id())
                .singleElement()
                .satisfies(member -> assertThat(member.position()).isEqualTo("Юрист"));
        List<AuditRow> history = ADMIN.call(() -> audit.history(AuditItem.CONTENT_PIECE, second.id()));
        assertThat(history)
                .filteredOn(row -> row.action().equals("content.team.move"))
                .singleElement()
                .satisfies(row -> assertThat(row.actorEmail()).isEqualTo(EDITOR.email()));
    }

    @Test
    void aTeamMembersBadContactsAreRefusedAtTheirFields() {
        PieceView member = EDITOR.call(() -> editing.create(ContentKind.TEAM, "Вера Контактная " + unique()));

        assertThatThrownBy(() -> EDITOR.call(() -> editing.save(new PieceEdit(
                        member.id(),
                        member.version(),
                        member.title(),
                        null,
                        null,
                        "",
                        "",
                        new TeamMemberDetails("Бухгалтер", "не-почта", "+7 (3842) 00-00-00")))))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("email", "content.error.email.invalid")));
    }

    @Test
    void visitorsAndMembersCannotCallTheEditorsServices() {
        assertThatThrownBy(() -> team.move(1L, true)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MEMBER.run(() -> team.move(1L, true))).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> projectChoices.partners()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MEMBER.call(() -> projectChoices.projects())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MEMBER.call(() -> editing.details(1L))).isInstanceOf(EJBAccessException.class);
    }

    private List<Long> teamOrder(PieceView... members) {
        List<Long> mine = java.util.Arrays.stream(members).map(PieceView::id).toList();
        return about.page().team().stream()
                .map(TeamMemberCard::piece)
                .map(PublicPiece::id)
                .filter(mine::contains)
                .toList();
    }

    private PieceView teamMember(String name, String position) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.TEAM, name));
        PieceView saved = EDITOR.call(() -> editing.save(new PieceEdit(
                draft.id(),
                draft.version(),
                name,
                null,
                null,
                "",
                "",
                new TeamMemberDetails(position, "person@nko42.example", null))));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private PieceView publishedProject(LocalDate from, LocalDate to) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.PROJECT, "Проект " + unique()));
        PieceView saved = EDITOR.call(() -> editing.save(
                edit(draft, new ProjectDetails("Фонд президентских грантов", null, from, to, null, null, List.of()))));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private PieceView publishedNews(String title, Long projectId) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, title));
        PieceView saved = EDITOR.call(() -> editing.save(
                new PieceEdit(draft.id(), draft.version(), title, null, "<p>т</p>", "", "", null, projectId)));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private PieceView publishedPiece(ContentKind kind, String title, String tags) {
        PieceView draft = EDITOR.call(() -> editing.create(kind, title));
        PieceView saved = EDITOR.call(
                () -> editing.save(new PieceEdit(draft.id(), draft.version(), title, "Анонс", "<p>т</p>", "", tags)));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private static PieceEdit edit(PieceView piece, ProjectDetails details) {
        return new PieceEdit(
                piece.id(), piece.version(), piece.title(), "Анонс проекта", "<p>О проекте</p>", "", "", details);
    }

    private static ProjectDetails withPartners(Long... partners) {
        return new ProjectDetails("Фонд", null, null, null, null, null, List.of(partners));
    }

    private static List<Long> ids(List<ProjectCard> cards) {
        return cards.stream().map(card -> card.piece().id()).toList();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
