package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditQueryService;
import ru.nko42.portal.audit.boundary.AuditRow;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.InvalidContentException;
import ru.nko42.portal.content.boundary.PieceChangedException;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.content.boundary.SlugLookup;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;
import ru.nko42.portal.model.content.ContentState;

/**
 * Editing the centre's site against MariaDB: a piece set for tomorrow is not public today and is once the clock has
 * passed its time; a stale save is refused; the body is sanitized on save; slugs are made from the title, unique,
 * and old ones lead to the current one; publish and unpublish are audited with who; members and anonymous callers
 * are refused.
 */
@ExtendWith(ArquillianExtension.class)
class ContentEditingServiceIT {

    private static final AsAccount EDITOR = AsAccount.of("content-editor@example.org", AccountRole.EDITOR);
    private static final AsAccount ADMIN = AsAccount.of("content-admin@example.org", AccountRole.ADMIN);
    private static final AsAccount MEMBER = AsAccount.of("content-member@example.org", AccountRole.MEMBER);

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.persistenceWar("content-editing-it")
                .addPackages(
                        true,
                        "ru.nko42.portal.content",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return AsAccount.enableIn(war);
    }

    @Inject
    ContentEditingService editing;

    @Inject
    ContentSiteService site;

    @Inject
    AuditQueryService audit;

    @Inject
    PortalClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aPieceSetForTomorrowIsNotPublicTodayAndIsOnceItsTimeHasCome() {
        Instant today = Instant.parse("2026-11-27T05:00:00Z");
        setClock(today);
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Завтрашняя новость " + unique()));
        Instant tomorrow = today.plus(Duration.ofDays(1));

        PieceView scheduled = EDITOR.call(() -> editing.publishAt(draft.id(), draft.version(), tomorrow));

        assertThat(scheduled.state()).isEqualTo(ContentState.SCHEDULED);
        assertThat(scheduled.publicNow()).isFalse();
        assertThat(site.find(ContentKind.NEWS, draft.slug()).isFound()).isFalse();
        assertThat(newestIds()).doesNotContain(draft.id());

        setClock(tomorrow.plusSeconds(1));

        assertThat(site.find(ContentKind.NEWS, draft.slug()).isFound()).isTrue();
        assertThat(newestIds()).contains(draft.id());
        assertThat(EDITOR.call(() -> editing.piece(draft.id())).publicNow()).isTrue();
    }

    @Test
    void aTimeInThePastCannotBeScheduled() {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Прошлое " + unique()));

        assertThatThrownBy(() -> EDITOR.call(() -> editing.publishAt(
                        draft.id(), draft.version(), Instant.now().minusSeconds(60))))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("publishAt", "content.error.publishAt.past")));
        assertThat(EDITOR.call(() -> editing.piece(draft.id())).state()).isEqualTo(ContentState.DRAFT);
    }

    @Test
    void publishingNowShowsThePieceAndUnpublishingHidesIt() {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Новость " + unique()));
        assertThat(site.find(ContentKind.NEWS, draft.slug()).isFound()).isFalse();

        PieceView published = EDITOR.call(() -> editing.publishNow(draft.id(), draft.version()));
        assertThat(site.find(ContentKind.NEWS, draft.slug()).isFound()).isTrue();

        PieceView unpublished = EDITOR.call(() -> editing.unpublish(published.id(), published.version()));
        assertThat(unpublished.state()).isEqualTo(ContentState.UNPUBLISHED);
        assertThat(site.find(ContentKind.NEWS, draft.slug()).isFound()).isFalse();
    }

    @Test
    void publishAndUnpublishAreAuditedWithWhoAndWhen() {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Аудит " + unique()));
        PieceView published = EDITOR.call(() -> editing.publishNow(draft.id(), draft.version()));
        EDITOR.call(() -> editing.unpublish(published.id(), published.version()));

        List<AuditRow> history = ADMIN.call(() -> audit.history(AuditItem.CONTENT_PIECE, draft.id()));

        assertThat(history)
                .extracting(AuditRow::action)
                .containsSubsequence("content.unpublish", "content.publish", "content.create");
        assertThat(history)
                .filteredOn(row ->
                        row.action().startsWith("content.") && !row.action().equals("content.create"))
                .allSatisfy(row -> {
                    assertThat(row.actorEmail()).isEqualTo(EDITOR.email());
                    assertThat(row.occurredAt()).isNotNull();
                });
        assertThat(history)
                .filteredOn(row -> row.action().equals("content.publish"))
                .singleElement()
                .satisfies(row -> assertThat(row.after()).contains("PUBLISHED"));
    }

    @Test
    void aStaleSaveIsRefusedAndNothingIsWritten() {
        PieceView opened = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Правка " + unique()));
        ADMIN.call(() -> editing.save(edit(opened, "Первая правка", "<p>первая</p>", "", "")));

        assertThatThrownBy(
                        () -> EDITOR.call(() -> editing.save(edit(opened, "Вторая правка", "<p>вторая</p>", "", ""))))
                .isInstanceOf(PieceChangedException.class)
                .extracting(e -> ((PieceChangedException) e).messageKey())
                .isEqualTo("content.error.changed");
        assertThat(EDITOR.call(() -> editing.piece(opened.id())).title()).isEqualTo("Первая правка");
    }

    @Test
    void theBodyIsSanitizedOnSave() {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Тело " + unique()));

        PieceView saved = EDITOR.call(() -> editing.save(edit(
                draft,
                draft.title(),
                "<p onclick=\"x()\">текст</p><script>alert(1)</script><iframe src=\"https://evil.example\"></iframe>",
                "",
                "")));

        assertThat(saved.body()).isEqualTo("<p>текст</p>");
    }

    @Test
    void slugsAreMadeFromTheTitleAndKeptUniqueInTheKind() {
        String suffix = unique();
        PieceView first = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Конференция ТОС " + suffix));
        PieceView second = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Конференция ТОС " + suffix));
        PieceView otherKind = EDITOR.call(() -> editing.create(ContentKind.EVENT, "Конференция ТОС " + suffix));

        assertThat(first.slug()).isEqualTo("konferentsiia-tos-" + suffix);
        assertThat(second.slug()).isEqualTo("konferentsiia-tos-" + suffix + "-2");
        assertThat(otherKind.slug()).isEqualTo(first.slug());

        assertThatThrownBy(() -> EDITOR.call(() -> editing.save(edit(second, second.title(), "", first.slug(), ""))))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("slug", "content.error.slug.taken")));
    }

    @Test
    void anOldSlugLeadsToTheCurrentOne() {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Старый адрес " + unique()));
        PieceView published = EDITOR.call(() -> editing.publishNow(draft.id(), draft.version()));
        String newSlug = "novyi-adres-" + unique();

        EDITOR.call(() -> editing.save(edit(published, published.title(), "", newSlug, "тос")));

        SlugLookup old = site.find(ContentKind.NEWS, draft.slug());
        assertThat(old.isMoved()).isTrue();
        assertThat(old.movedTo()).isEqualTo(newSlug);
        assertThat(site.find(ContentKind.NEWS, newSlug).piece().tags()).containsExactly("тос");
    }

    @Test
    void badInputIsRefusedAtItsFields() {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Ввод " + unique()));

        assertThatThrownBy(() -> EDITOR.call(() -> editing.save(edit(draft, " ", "", "Не Слаг", ""))))
                .isInstanceOfSatisfying(
                        InvalidContentException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("title", "slug"));
        assertThatThrownBy(() -> EDITOR.call(() -> editing.create(ContentKind.NEWS, "")))
                .isInstanceOf(InvalidContentException.class);
    }

    @Test
    void relatedNewsShareTags() {
        String tag = "тег-" + unique();
        PieceView one = publishedWithTags("Первая " + unique(), tag);
        PieceView two = publishedWithTags("Вторая " + unique(), tag);
        publishedWithTags("Третья " + unique(), "другое-" + unique());

        PublicPiece piece = site.find(ContentKind.NEWS, one.slug()).piece();

        assertThat(site.related(piece, 3)).extracting(PublicPiece::id).containsExactly(two.id());
        assertThat(site.page(ContentKind.NEWS, tag, 0, 10).pieces())
                .extracting(PublicPiece::id)
                .containsExactlyInAnyOrder(one.id(), two.id());
    }

    @Test
    void aMemberAndAnAnonymousCallerAreRefused() {
        assertThatThrownBy(() -> MEMBER.call(() -> editing.create(ContentKind.NEWS, "Нельзя")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> editing.create(ContentKind.NEWS, "Нельзя")).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> MEMBER.call(() -> editing.pieces(ContentKind.NEWS, null)))
                .isInstanceOf(EJBAccessException.class);
    }

    private PieceView publishedWithTags(String title, String tags) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, title));
        PieceView saved = EDITOR.call(() -> editing.save(edit(draft, title, "<p>т</p>", "", tags)));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private List<Long> newestIds() {
        return site.page(ContentKind.NEWS, null, 0, 50).pieces().stream()
                .map(PublicPiece::id)
                .toList();
    }

    private static PieceEdit edit(PieceView piece, String title, String body, String slug, String tags) {
        return new PieceEdit(piece.id(), piece.version(), title, "Короткий анонс", body, slug, tags);
    }

    private void setClock(Instant instant) {
        clock.set(Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
