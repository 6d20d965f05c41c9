package ru.nko42.portal.it.events;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nko42.portal.it.events.EventFixture.EDITOR;
import static ru.nko42.portal.it.events.EventFixture.inPerson;
import static ru.nko42.portal.it.events.EventFixture.published;
import static ru.nko42.portal.it.events.EventFixture.unique;

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
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import ru.nko42.portal.content.boundary.ContentEditingService;
import ru.nko42.portal.content.boundary.PieceView;
import ru.nko42.portal.events.boundary.EventInfo;
import ru.nko42.portal.events.boundary.EventRegistrationService;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.model.events.EventFormat;

/**
 * The public event pages over HTTP from the deployed portal, with events written through the editing service: the
 * feed is well-formed RSS of public events only; an event's page shows its time in Kuzbass time, its place with a
 * map and the places left, never the online link; the .ics download; the list, the month grid and the tag filter;
 * the home page's next events; the accountants' club's meetings by tag; the participants' export is closed to
 * anonymous visitors.
 */
@ExtendWith(ArquillianExtension.class)
class EventPagesIT {

    private static final ZoneId KUZBASS = ZoneId.of("Asia/Novokuznetsk");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Deployment
    static WebArchive deployment() {
        return EventFixture.deployment("event-pages-it");
    }

    @Inject
    ContentEditingService editing;

    @Inject
    EventRegistrationService registrations;

    @Inject
    EventSiteService site;

    @Test
    void theFeedIsWellFormedRssOfPublicEventsOnly() throws Exception {
        // starting soonest, so that they would be among the feed's first items
        EventInfo soon = EventFixture.at(inPerson(null), Instant.now().plus(Duration.ofMinutes(10)), null);
        PieceView shown = published(editing, "Событие для ленты " + unique(), soon, "лента");
        PieceView hidden = published(editing, "Снятое событие " + unique(), soon, "лента");
        EDITOR.call(() -> editing.unpublish(hidden.id(), hidden.version()));
        PieceView draft = EventFixture.saved(editing, "Черновик события " + unique(), soon, "лента");

        HttpResponse<String> feed = get("/events/feed");

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/rss+xml"));
        Document rss = xml(feed.body());
        assertThat(rss.getDocumentElement().getTagName()).isEqualTo("rss");
        List<String> titles = texts(rss, "title");
        assertThat(titles).contains(shown.title()).doesNotContain(hidden.title(), draft.title());
        assertThat(feed.body()).contains("/events/" + shown.slug()).contains("(время Кузбасса)");
    }

    @Test
    void anEventsPageShowsWhenWhereAndPlacesButNotTheOnlineLink() throws Exception {
        Instant start = Instant.parse("2030-03-14T03:00:00Z");
        EventInfo both = new EventInfo(
                start,
                start.plus(Duration.ofHours(3)),
                EventFormat.BOTH,
                "Зал «Кузбасс»",
                "пр. Советский, 60",
                "kemerovsky-go",
                55.3547,
                86.0873,
                "https://meet.example.org/secret-" + unique(),
                3,
                true,
                null);
        PieceView event = published(editing, "Очно и онлайн " + unique(), both, "семинар");
        registrations.register(EventFixture.form(event.id(), "page-" + unique() + "@example.org"));

        HttpResponse<String> page = get("/events/" + event.slug());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>" + event.title() + "</h1>")
                .contains("10:00")
                .contains("(время Кузбасса)")
                .contains("Очно и онлайн")
                .contains("Зал «Кузбасс»")
                .contains("data-map-lat=\"55.3547\"")
                .contains("Осталось мест: 2.")
                .contains("id=\"register:email\"")
                .contains("<meta property=\"og:title\"")
                .doesNotContain(both.onlineLink());

        HttpResponse<String> ics = get("/events/" + event.slug() + ".ics");
        assertThat(ics.statusCode()).isEqualTo(200);
        assertThat(ics.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        assertThat(ics.body())
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("DTSTART:20300314T030000Z\r\n")
                .contains("DTEND:20300314T060000Z\r\n")
                .doesNotContain("secret-");
        assertThat(get("/events/no-such-event-" + unique()).statusCode()).isEqualTo(404);
        assertThat(get("/events/no-such-event-" + unique() + ".ics").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theListTheMonthGridAndTheTagFilter() throws Exception {
        String tag = "фильтр " + unique();
        Instant start = Instant.parse("2031-05-20T04:00:00Z");
        PieceView tagged =
                published(editing, "Майское событие " + unique(), EventFixture.at(inPerson(null), start, null), tag);
        PieceView other = published(editing, "Другое событие " + unique(), inPerson(null), "другое");

        String list = get("/events?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8))
                .body();
        assertThat(list).contains(tagged.title()).doesNotContain(other.title());

        String month = get("/events?view=month&month=" + YearMonth.from(start.atZone(KUZBASS)))
                .body();
        assertThat(month)
                .contains("id=\"event-calendar\"")
                .contains("<th scope=\"col\">")
                .contains("Май 2031")
                .contains(tagged.title())
                .contains("/events/" + tagged.slug());
        assertThat(get("/events").body()).contains(other.title());
    }

    @Test
    void theHomePageShowsTheNextEventsAndTheClubHasItsMeetings() throws Exception {
        PieceView soon = published(
                editing,
                "Заседание клуба бухгалтеров " + unique(),
                EventFixture.at(inPerson(null), Instant.now().plus(Duration.ofMinutes(30)), null),
                EventSiteService.ACCOUNTANTS_CLUB_TAG);

        String home = get("/").body();
        assertThat(home).contains("id=\"home-events\"");
        assertThat(site.upcoming(null, 3))
                .isNotEmpty()
                .allSatisfy(next -> assertThat(home).contains(next.title().replace("\"", "&quot;")));
        assertThat(site.upcoming(EventSiteService.ACCOUNTANTS_CLUB_TAG, 50))
                .extracting(e -> e.piece().id())
                .contains(soon.id());
    }

    @Test
    void theParticipantsExportIsClosedToAnonymousVisitors() throws Exception {
        PieceView event = published(editing, "Выгрузка " + unique(), inPerson(2), "семинар");
        registrations.register(EventFixture.form(event.id(), "export-" + unique() + "@example.org"));

        for (String path : List.of(
                "/editor/participants/export?id=" + event.id() + "&format=csv",
                "/editor/participants?id=" + event.id())) {
            HttpResponse<String> response = get(path);
            assertThat(response.body()).as(path).doesNotContain("export-");
            boolean sentToLogin = List.of(302, 303).contains(response.statusCode())
                            && response.headers()
                                    .firstValue("Location")
                                    .orElse("")
                                    .contains("login")
                    || response.body().contains("id=\"login\"");
            assertThat(sentToLogin).as(path + " leads to the login").isTrue();
        }
    }

    private static List<String> texts(Document document, String tag) {
        NodeList items = document.getElementsByTagName("item");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            texts.add(
                    ((Element) items.item(i)).getElementsByTagName(tag).item(0).getTextContent());
        }
        return texts;
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        String base = System.getProperty("portal.base.url", "http://localhost:8180");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Language", "ru")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
