package ru.nko42.portal.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.events.boundary.PublicEvent;
import ru.nko42.portal.events.control.KuzbassTime;
import ru.nko42.portal.web.content.RssChannel;

/**
 * The events as an RSS 2.0 feed, {@code /events/feed}: the public events to come (soonest first) and the latest past
 * ones, each with its date and time in Kuzbass time in the description.
 */
@WebServlet("/events/feed")
public class EventsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int UPCOMING = 30;
    private static final int PAST = 10;
    private static final Locale RUSSIAN = new Locale("ru");

    @Inject
    EventSiteService events;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PublicEvent> shown = new ArrayList<>(events.upcoming(null, UPCOMING));
        shown.addAll(events.past(null, 0, PAST).events());
        String base = RssChannel.base(request);
        ResourceBundle texts = ResourceBundle.getBundle("ru.nko42.portal.web.i18n.messages", RUSSIAN);
        try (RssChannel feed = RssChannel.open(
                response,
                texts.getString("events.feed.title"),
                base + "/events",
                texts.getString("events.feed.description"))) {
            for (PublicEvent event : shown) {
                String when = KuzbassTime.range(event.startsAt(), event.endsAt(), RUSSIAN) + " "
                        + texts.getString("events.zone");
                feed.item(
                        event.title(),
                        base + "/events/" + event.slug(),
                        base + "/events#" + event.piece().id(),
                        event.piece().publishAt(),
                        event.piece().lead() == null
                                ? when
                                : when + ". " + event.piece().lead(),
                        event.piece().tags());
            }
        }
    }
}
