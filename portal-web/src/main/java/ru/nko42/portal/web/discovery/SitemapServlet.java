package ru.nko42.portal.web.discovery;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.sitemap.boundary.PublicPages;
import ru.nko42.portal.sitemap.boundary.SitemapEntry;
import ru.nko42.portal.web.config.SiteSection;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the sections of the main menu, open data, and every public page the
 * database knows of, each once, with its last change where known; absolute addresses on the portal's public address.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    PublicPages pages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, SitemapEntry> entries = new LinkedHashMap<>();
        for (SiteSection section : SiteSection.values()) {
            entries.put(section.path(), new SitemapEntry(section.path(), null));
        }
        entries.put("/opendata", new SitemapEntry("/opendata", null));
        pages.all().forEach(entry -> entries.putIfAbsent(entry.path(), entry));
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer out = response.getWriter()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (SitemapEntry entry : entries.values()) {
                xml.writeStartElement("url");
                element(xml, "loc", PortalAddress.of(entry.path()));
                if (entry.lastModified() != null) {
                    element(
                            xml,
                            "lastmod",
                            entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                xml.writeEndElement();
            }
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
