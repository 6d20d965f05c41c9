package ru.nko42.portal.web.discovery;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import ru.nko42.portal.account.control.PortalAddress;

/**
 * {@code /robots.txt}: crawlers are welcome on the public pages and kept out of the personal, editorial and
 * administrative ones and of the search results; the sitemap is named with the portal's public address.
 */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final List<String> CLOSED = List.of(
            "/account/", "/admin/", "/editor/", "/moderation/", "/search", "/api/hsds/import", "/events/cancel");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        StringBuilder text = new StringBuilder("User-agent: *\n");
        CLOSED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(PortalAddress.of("/sitemap.xml")).append('\n');
        response.getWriter().write(text.toString());
    }
}
