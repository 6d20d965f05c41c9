package ru.nko42.portal.it.content;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.PieceEdit;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.it.support.AsAccount;
import ru.nko42.portal.it.support.Deployments;
import ru.nko42.portal.model.account.AccountRole;
import ru.nko42.portal.model.content.ContentKind;

/**
 * How the centre's site is found, over HTTP from the deployed portal with pieces written through the editing
 * service: sitemap.xml is well-formed sitemaps.org XML listing public pages only (no draft, no piece set for
 * tomorrow, no unpublished one) on the portal's absolute address; robots.txt closes the private pages and names the
 * sitemap; every page carries Open Graph tags; the site search finds public pieces by other forms of their words,
 * marks them, and finds neither drafts nor pieces set for later.
 */
@ExtendWith(ArquillianExtension.class)
class SiteDiscoveryIT {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final AsAccount EDITOR = AsAccount.of("site-discovery-editor@example.org", AccountRole.EDITOR);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.persistenceWar("site-discovery-it")
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

    @Test
    void theSitemapListsPublicPagesOnly() throws Exception {
        PieceView shown = published(ContentKind.NEWS, "Новость для карты сайта " + word(), "<p>т</p>");
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Черновик для карты " + word()));
        PieceView later = scheduledForTomorrow("Завтрашняя новость для карты " + word());
        PieceView hidden = published(ContentKind.NEWS, "Снятая новость для карты " + word(), "<p>т</p>");
        EDITOR.call(() -> editing.unpublish(hidden.id(), hidden.version()));

        HttpResponse<String> response = get("/sitemap.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        Document sitemap = xml(response.body());
        assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
        assertThat(sitemap.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
        List<String> locations = locations(sitemap);
        String base = base();
        assertThat(locations).allSatisfy(location -> assertThat(location).startsWith(base + "/"));
        assertThat(locations).doesNotHaveDuplicates();
        assertThat(locations)
                .contains(base + "/", base + "/news", base + "/services", base + "/organizations")
                .contains(base + "/news/" + shown.slug())
                .doesNotContain(base + "/news/" + draft.slug())
                .doesNotContain(base + "/news/" + later.slug())
                .doesNotContain(base + "/news/" + hidden.slug());
        assertThat(locations).noneMatch(location -> location.contains("/editor/") || location.contains("/account/"));
    }

    @Test
    void robotsTxtClosesThePrivatePagesAndNamesTheSitemap() throws Exception {
        HttpResponse<String> robots = get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(robots.body())
                .startsWith("User-agent: *\n")
                .contains("Disallow: /editor/\n", "Disallow: /admin/\n", "Disallow: /account/\n")
                .contains("Sitemap: " + base() + "/sitemap.xml");
    }

    @Test
    void pagesCarryOpenGraphTags() throws Exception {
        String home = get("/").body();
        assertThat(home)
                .contains("<meta property=\"og:site_name\"")
                .contains("<meta property=\"og:type\" content=\"website\"")
                .contains("<meta property=\"og:url\" content=\"" + base() + "/\"");

        PieceView piece = published(ContentKind.NEWS, "Новость для превью ссылки " + word(), "<p>т</p>");
        String page = get("/news/" + piece.slug()).body();
        assertThat(page)
                .contains("<meta property=\"og:type\" content=\"article\"")
                .contains("<meta property=\"og:title\" content=\"" + piece.title() + "\"")
                .contains("<meta property=\"og:description\" content=\"Анонс: " + piece.title() + "\"")
                .contains("<meta property=\"og:url\" content=\"" + base() + "/news/" + piece.slug() + "\"")
                .containsOnlyOnce("property=\"og:title\"");
    }

    @Test
    void theSiteSearchFindsOtherWordFormsOfPublicPiecesOnly() throws Exception {
        String word = word();
        PieceView shown = published(
                ContentKind.NEWS,
                "Конференция общественных советов " + word,
                "<p>Участники обсудили работу территориального общественного самоуправления.</p>");
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, "Черновик конференции " + word));
        PieceView later = scheduledForTomorrow("Будущая конференция " + word);

        String page = search("конференции " + word);

        assertThat(page)
                .contains("<mark>Конференция</mark> общественных советов <mark>" + word + "</mark>")
                .contains("/news/" + shown.slug());
        assertThat(page).doesNotContain(draft.slug()).doesNotContain(later.slug());
        assertThat(search("самоуправлению " + word)).contains("/news/" + shown.slug());
        String inEvents = "/search?kind=EVENT&q=" + URLEncoder.encode("конференции " + word, StandardCharsets.UTF_8);
        assertThat(get(inEvents).body()).contains("id=\"site-search-count\"").doesNotContain(shown.slug());
        assertThat(get("/search?q=" + word + "&kind=BOGUS&page=abc").body()).contains("/news/" + shown.slug());
        assertThat(search("<script>alert(1)</script>"))
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;");
    }

    private String search(String words) throws Exception {
        HttpResponse<String> page = get("/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    private PieceView published(ContentKind kind, String title, String body) {
        PieceView draft = EDITOR.call(() -> editing.create(kind, title));
        PieceView saved = EDITOR.call(
                () -> editing.save(new PieceEdit(draft.id(), draft.version(), title, "Анонс: " + title, body, "", "")));
        return EDITOR.call(() -> editing.publishNow(saved.id(), saved.version()));
    }

    private PieceView scheduledForTomorrow(String title) {
        PieceView draft = EDITOR.call(() -> editing.create(ContentKind.NEWS, title));
        return EDITOR.call(() ->
                editing.publishAt(draft.id(), draft.version(), Instant.now().plus(Duration.ofDays(1))));
    }

    private static List<String> locations(Document sitemap) {
        NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            locations.add(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent());
        }
        return locations;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept-Language", "ru")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String base() {
        return System.getProperty("portal.base.url", "http://localhost:8180");
    }

    /** A word no other test writes, in Latin letters the Russian stemmer leaves alone. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
