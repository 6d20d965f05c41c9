package ru.nko42.portal.web.discovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.content.boundary.PublicPiece;

/**
 * The absolute addresses the Open Graph tags of every page need (og:url, og:image), on the portal's public address.
 * A page with a pretty address (a news item under /news/slug) names its own path, since the request was rewritten.
 */
@Named
@RequestScoped
public class OpenGraph {

    /** The address of the page as requested, its query included. */
    public String getUrl() {
        String path =
                Faces.getRequestURI().substring(Faces.getRequestContextPath().length());
        String query = Faces.getRequestQueryString();
        return PortalAddress.of(path + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** The absolute address of a path from the context root such as {@code /news/slug}. */
    public String of(String path) {
        return PortalAddress.of(path);
    }

    /** The absolute address of a piece's cover image, or null when it has none (og:image is then left out). */
    public String image(PublicPiece piece) {
        return piece == null || piece.coverPath() == null ? null : PortalAddress.of(piece.coverPath());
    }
}
