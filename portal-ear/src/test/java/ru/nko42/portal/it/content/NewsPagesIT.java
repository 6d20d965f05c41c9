package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;

/**
 * The public news over HTTP from the deployed portal, with pieces written through the editing service: an old slug
 * answers 301 with the current one; a scheduled piece is neither on /news, nor at its address, nor in the feed; the
 * feed is well-formed RSS 2.0 of public news only; a news page carries Open Graph tags and its body sanitized; the
 * editors' pages are closed to anonymous visitors.
 */
@ExtendWith(ArquillianExtension.class)
class NewsPagesIT {

    private static final AsAccount EDITOR = AsAccount.of("news-pages-editor@example.org", AccountRole.EDITOR);

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.persistenceWar("news-pages-it")
                .addPackages(
                        true,
                        "ru.nko42.portal.content",
                        "ru.nko42.portal.audit",
                        "ru.nko42.portal.account",
                        "ru.nko42.portal.common",
                        "ru.nko42.portal.mail")
                .addClass(PortalPages.class)
                .addAsWebInfResource(
                        new StringAsset("<beans bean-discovery-mode=\"annotated\" version=\"4.0\"/>"), "beans.xml");
        return AsAccount.enableIn(war);
    }

    @Inject
    ContentEditingService editing;

    @Test
    void anOldSlugAnswers301WithTheCurrentOne() throws Exception {
        PieceView piece = published("Переезд новости " + unique(), "<p>текст</p>", "переезд");
        String oldSlug = piece.slug();
        String newSlug = "pereekhavshaia-novost-" + unique();
        EDITOR.call(() -> editing.save(new PieceEdit(
                piece.id(), piece.version(), piece.title(), piece.lead(), piece.body(), newSlug, "переезд")));

        HttpResponse<String> old = get("/news/" + oldSlug);

        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/news/" + newSlug));
        assertThat(get("/news/" + newSlug).statusCode()).isEqualTo(200);
    }

    @Test
    void aNewsPageShowsTheSanitizedBodyOpenGraphAndRelatedNews() throws Exception {
        String tag = "связь-" + unique();
        PieceView piece = published(
                "Новость с подробностями " + unique(),
                "<p>Подробный <strong>текст</strong></p><script>alert('x')</script>",
                tag);
        PieceView related = published("Похожая новость " + unique(), "<p>т</p>", tag);

        HttpResponse<String> page = get("/news/" + piece.slug());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<meta property=\"og:title\" content=\"" + piece.title() + "\"")
                .contains("og:url")
                .contains("Подробный <strong>текст</strong>")
                .doesNotContain("alert('x')")
                .contains("/news/" + related.slug());
    }

    @Test
    void aScheduledPieceIsNotOnTheSiteYet() throws Exception {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Будущая новость " + unique()));
        EDITOR.call(() ->
                editing.publishAt(draft.id(), draft.version(), Instant.now().plus(Duration.ofDays(1))));
        PieceView shown = published("Сегодняшняя новость " + unique(), "<p>т</p>", "сегодня");

        assertThat(get("/news/" + draft.slug()).statusCode()).isEqualTo(404);
        String list = get("/news").body();
        assertThat(list).contains(shown.title()).doesNotContain(draft.title());
        assertThat(feedTitles()).contains(shown.title()).doesNotContain(draft.title());
    }

    @Test
    void theFeedIsWellFormedRssOfPublicNewsOnly() throws Exception {
        PieceView shown = published("Новость для ленты " + unique(), "<p>т</p>", "лента");
        PieceView hidden = published("Снятая новость " + unique(), "<p>т</p>", "лента");
        EDITOR.call(() -> editing.unpublish(hidden.id(), hidden.version()));

        HttpResponse<String> feed = get("/news/feed");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/rss+xml"));
        Document rss = xml(feed.body());
        assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(rss.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        assertThat(feedTitles()).contains(shown.title()).doesNotContain(hidden.title());
    }

    @Test
    void theNewsListFiltersByTagThroughItsAddress() throws Exception {
        String tag = "фильтр " + unique();
        PieceView tagged = published("Новость с тегом " + unique(), "<p>т</p>", tag);
        PieceView other = published("Новость без тега " + unique(), "<p>т</p>", "другой");

        String list = get("/news?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8))
                .body();

        assertThat(list).contains(tagged.title()).doesNotContain(other.title());
    }

    @Test
    void theEditorsPagesAreClosedToAnonymousVisitors() throws Exception {
        for (String path : List.of("/editor/", "/editor/piece?id=1")) {
            HttpResponse<String> page = get(path);
            assertThat(page.body())
                    .as(path)
                    .doesNotContain("id=\"piece:title\"")
                    .doesNotContain("id=\"create:title\"");
            boolean sentToLogin = List.of(302, 303).contains(page.statusCode())
                            && page.headers().firstValue("Location").orElse("").contains("login")
                    || page.body().contains("id=\"login\"");
            assertThat(sentToLogin).as(path + " leads to the login").isTrue();
        }
    }

    private PieceView published(String title, String body, String tags) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, title));
        PieceView saved = EDITOR.call(() ->
                editing.save(new PieceEdit(draft.id(), draft.version(), title, "Анонс: " + title, body, "", tags)));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private List<String> feedTitles() throws Exception {
        NodeList items = xml(get("/news/feed").body()).getElementsByTagName("item");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            titles.add(((org.w3c.dom.Element) items.item(i))
                    .getElementsByTagName("title")
                    .item(0)
                    .getTextContent());
        }
        return titles;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return PortalPages.get(path);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
