package ru.nko42.portal.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.nko42.portal.events.boundary.EventSiteService;
import ru.nko42.portal.events.boundary.PublicEvent;
import ru.nko42.portal.events.control.KuzbassTime;

/**
 * The events as an RSS 2.0 feed, {@code /events/feed}: the public events to come (soonest first) and the latest past
 * ones, each with its date and time in Kuzbass time in the description and its publication date.
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
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.indexOf('/', base.indexOf("//") + 2)) + request.getContextPath();
        ResourceBundle texts = ResourceBundle.getBundle("ru.nko42.portal.web.i18n.messages", RUSSIAN);
        response.setContentType("application/rss+xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer out = response.getWriter()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            element(xml, "title", texts.getString("events.feed.title"));
            element(xml, "link", base + "/events");
            element(xml, "description", texts.getString("events.feed.description"));
            element(xml, "language", "ru");
            for (PublicEvent event : shown) {
                xml.writeStartElement("item");
                element(xml, "title", event.title());
                element(xml, "link", base + "/events/" + event.slug());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(base + "/events#" + event.piece().id());
                xml.writeEndElement();
                element(
                        xml,
                        "pubDate",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                event.piece().publishAt().atOffset(ZoneOffset.UTC)));
                String when = KuzbassTime.range(event.startsAt(), event.endsAt(), RUSSIAN) + " "
                        + texts.getString("events.zone");
                element(
                        xml,
                        "description",
                        event.piece().lead() == null
                                ? when
                                : when + ". " + event.piece().lead());
                for (String tag : event.piece().tags()) {
                    element(xml, "category", tag);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
