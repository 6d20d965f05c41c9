package ru.nko42.portal.web.content;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An RSS 2.0 feed written by an XML writer into a response: the channel opened with its title, link and
 * description (in Russian), one {@link #item} per entry, and {@link #close()} to end the document.
 */
public final class RssChannel implements AutoCloseable {

    private final Writer out;
    private final XMLStreamWriter xml;

    private RssChannel(Writer out, XMLStreamWriter xml) {
        this.out = out;
        this.xml = xml;
    }

    /** The address of the site's root for links: scheme, host and port of the request, and the context path. */
    public static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.indexOf('/', url.indexOf("//") + 2)) + request.getContextPath();
    }

    public static RssChannel open(HttpServletResponse response, String title, String link, String description)
            throws IOException {
        response.setContentType("application/rss+xml");
        response.setCharacterEncoding("UTF-8");
        Writer out = response.getWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            RssChannel channel = new RssChannel(out, xml);
            channel.element("title", title);
            channel.element("link", link);
            channel.element("description", description);
            channel.element("language", "ru");
            return channel;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** One entry; a null description is left out. */
    public void item(
            String title, String link, String guid, Instant published, String description, List<String> categories)
            throws IOException {
        try {
            xml.writeStartElement("item");
            element("title", title);
            element("link", link);
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "false");
            xml.writeCharacters(guid);
            xml.writeEndElement();
            element("pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)));
            if (description != null) {
                element("description", description);
            }
            for (String category : categories) {
                element("category", category);
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
