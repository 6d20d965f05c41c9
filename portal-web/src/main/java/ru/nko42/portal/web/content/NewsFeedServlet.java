package ru.nko42.portal.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.model.content.ContentKind;

/** The news as an RSS 2.0 feed, {@code /news/feed}: the newest public news items, written by an XML writer. */
@WebServlet("/news/feed")
public class NewsFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ITEMS = 30;
    private static final Locale RUSSIAN = new Locale("ru");

    @Inject
    ContentSiteService site;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PublicPiece> news = site.latest(ContentKind.NEWS, ITEMS);
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
            element(xml, "title", texts.getString("news.feed.title"));
            element(xml, "link", base + "/news");
            element(xml, "description", texts.getString("news.feed.description"));
            element(xml, "language", "ru");
            for (PublicPiece piece : news) {
                String link = base + "/news/" + piece.slug();
                xml.writeStartElement("item");
                element(xml, "title", piece.title());
                element(xml, "link", link);
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters(base + "/news#" + piece.id());
                xml.writeEndElement();
                element(
                        xml,
                        "pubDate",
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                piece.publishAt().atOffset(ZoneOffset.UTC)));
                if (piece.lead() != null) {
                    element(xml, "description", piece.lead());
                }
                for (String tag : piece.tags()) {
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
