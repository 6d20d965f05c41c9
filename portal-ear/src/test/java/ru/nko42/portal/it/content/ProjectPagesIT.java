package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.PieceDetails;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.content.boundary.ProjectDetails;
import ru.nko42.portal.content.boundary.TeamEditingService;
import ru.nko42.portal.content.boundary.TeamMemberDetails;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.it.report.ReportFixture;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.events.EventFormat;

/**
 * The projects', libraries' and about pages over HTTP from the deployed portal, with pieces written through the
 * editing service: current projects and the archive; a project's page with funder, partner links and its news;
 * /news?project=; a library by tag without drafts, its pieces only under its own section; the team on /about in the
 * order an editor set.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectPagesIT {

    private static final AsAccount EDITOR = AsAccount.of("project-pages-editor@example.org", AccountRole.EDITOR);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Novokuznetsk"));

    @Deployment
    static WebArchive deployment() {
        return ProjectDeployment.war("project-pages-it");
    }

    @Inject
    ContentEditingService editing;

    @Inject
    TeamEditingService team;

    @Inject
    ReportFixture organizations;

    @Test
    void currentProjectsAndTheArchiveAreListedApart() throws Exception {
        PieceView running =
                published(ContentKind.PROJECT, "Идущий проект " + unique(), "", project(TODAY, TODAY.plusDays(30)));
        PieceView ended = published(
                ContentKind.PROJECT,
                "Завершённый проект " + unique(),
                "",
                project(TODAY.minusYears(1), TODAY.minusDays(30)));

        String current = ok("/projects");
        String archive = ok("/projects?archive=true");

        assertThat(current).contains(running.title()).doesNotContain(ended.title());
        assertThat(archive).contains(ended.title()).doesNotContain(running.title());
        // the home page shows the four latest started current projects: this one started last, today
        assertThat(ok("/")).contains(running.title()).doesNotContain(ended.title());
    }

    @Test
    void aProjectsPageShowsItsFunderPartnersAndNews() throws Exception {
        String partnerName = "Партнёр проекта " + unique();
        long partner = organizations.published(partnerName, "promyshlennovsky-mo");
        PieceView project = published(
                ContentKind.PROJECT,
                "Проект с партнёрами " + unique(),
                "",
                new ProjectDetails(
                        "Фонд президентских грантов",
                        "24-1-000001",
                        TODAY.minusMonths(1),
                        TODAY.plusMonths(11),
                        "Цель <b>проекта</b>",
                        null,
                        List.of(partner)));
        PieceView news = published(ContentKind.NEWS, "Новость проекта " + unique(), "", null, project.id());
        PieceView other = published(ContentKind.NEWS, "Чужая новость " + unique(), "", null, null);

        String page = ok("/projects/" + project.slug());

        assertThat(page)
                .contains("Фонд президентских грантов")
                .contains("Цель &lt;b&gt;проекта&lt;/b&gt;")
                .contains("href=\"/organizations/" + partner + "-")
                .contains(partnerName)
                .contains("/news/" + news.slug())
                .doesNotContain(other.title());
        String projectNews = ok("/news?project=" + project.slug());
        assertThat(projectNews)
                .contains("id=\"news-project\"")
                .contains(project.title())
                .contains(news.title())
                .doesNotContain(other.title());
        assertThat(get("/news?project=no-such-project-" + unique()).statusCode())
                .isEqualTo(404);
        assertThat(ok("/news/" + news.slug()))
                .contains("id=\"news-piece-project\"")
                .contains("href=\"/projects/" + project.slug() + "\"");
        assertThat(ok("/news/" + other.slug())).doesNotContain("id=\"news-piece-project\"");
    }

    @Test
    void aLibraryListsItsPublicPiecesByTagAndEachOnlyUnderItsOwnSection() throws Exception {
        String tag = "устав " + unique();
        PieceView shown = published(ContentKind.PRACTICE, "Практика с уставом " + unique(), tag, null);
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.PRACTICE, "Черновик практики " + unique()));
        PieceView untagged = published(ContentKind.PRACTICE, "Практика без тега " + unique(), "другое", null);

        String list = ok("/practices?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));

        assertThat(list).contains(shown.title()).doesNotContain(draft.title()).doesNotContain(untagged.title());
        assertThat(ok("/practices")).contains(shown.title()).doesNotContain(draft.title());
        assertThat(ok("/practices/" + shown.slug())).contains(shown.title());
        assertThat(get("/practices/" + draft.slug()).statusCode()).isEqualTo(404);
        assertThat(get("/ngo-info/" + shown.slug()).statusCode()).isEqualTo(404);
        assertThat(ok("/accountants-club")).contains("id=\"library-q\"");
    }

    @Test
    void theAboutPageShowsTheTeamInTheOrderAnEditorSet() throws Exception {
        PieceView first = published(
                ContentKind.TEAM,
                "Галина Первая " + unique(),
                "",
                new TeamMemberDetails("Директор", "g@nko42.example", null));
        PieceView second = published(
                ContentKind.TEAM,
                "Дмитрий Второй " + unique(),
                "",
                new TeamMemberDetails("Юрист", null, "+7 3842 000000"));
        String before = ok("/about");
        assertThat(before.indexOf(first.title())).isLessThan(before.indexOf(second.title()));
        assertThat(before).contains("href=\"mailto:g@nko42.example\"").contains("href=\"tel:+73842000000\"");

        EDITOR.run(() -> team.move(second.id(), true));

        String after = ok("/about");
        assertThat(after.indexOf(second.title())).isLessThan(after.indexOf(first.title()));
        assertThat(after).contains("id=\"" + second.slug() + "\"");
    }

    @Test
    void theAccountantsClubListsItsComingMeetingsAndAProjectItsEvents() throws Exception {
        PieceView project = published(ContentKind.PROJECT, "Проект со встречами " + unique(), "", null);
        Instant start = Instant.now().plus(Duration.ofDays(9));
        EventInfo meeting = new EventInfo(
                start,
                start.plus(Duration.ofHours(2)),
                EventFormat.IN_PERSON,
                "Ресурсный центр, зал 1",
                "г. Кемерово, пр. Советский, 60",
                "kemerovsky-go",
                null,
                null,
                null,
                null,
                true,
                null);
        PieceView club = published(
                ContentKind.EVENT, "Встреча клуба бухгалтеров " + unique(), "клуб бухгалтеров", meeting, project.id());
        PieceView other = published(ContentKind.EVENT, "Другая встреча " + unique(), "семинар", meeting, null);

        assertThat(ok("/accountants-club"))
                .contains("id=\"club-meetings\"")
                .contains(club.title())
                .doesNotContain(other.title());
        assertThat(ok("/practices")).doesNotContain("id=\"club-meetings\"");
        assertThat(ok("/projects/" + project.slug()))
                .contains("/events/" + club.slug())
                .doesNotContain(other.title());
    }

    private static ProjectDetails project(LocalDate from, LocalDate to) {
        return new ProjectDetails("Губернаторский грант Кузбасса", null, from, to, null, null, List.of());
    }

    private PieceView published(ContentKind kind, String title, String tags, PieceDetails details) {
        return published(kind, title, tags, details, null);
    }

    private PieceView published(ContentKind kind, String title, String tags, PieceDetails details, Long project) {
        PieceView draft = EDITOR.call(() -> editing.create(kind, title));
        PieceView saved = EDITOR.call(() -> editing.save(new PieceEdit(
                draft.id(), draft.version(), title, "Анонс", "<p>Текст</p>", "", tags, details, project)));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private String ok(String path) throws Exception {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return PortalPages.get(path);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
