package ru.nko42.portal.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.model.content.ContentKind;

/** The news as an RSS 2.0 feed, {@code /news/feed}: the newest public news items. */
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
        String base = RssChannel.base(request);
        ResourceBundle texts = ResourceBundle.getBundle("ru.nko42.portal.web.i18n.messages", RUSSIAN);
        try (RssChannel feed = RssChannel.open(
                response,
                texts.getString("news.feed.title"),
                base + "/news",
                texts.getString("news.feed.description"))) {
            for (PublicPiece piece : news) {
                feed.item(
                        piece.title(),
                        base + "/news/" + piece.slug(),
                        base + "/news#" + piece.id(),
                        piece.publishAt(),
                        piece.lead(),
                        piece.tags());
            }
        }
    }
}
