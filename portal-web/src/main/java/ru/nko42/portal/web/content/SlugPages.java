package ru.nko42.portal.web.content;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.content.boundary.SlugLookup;

/**
 * How a public piece's page answers what its slug led to: the piece, a 301 to the current address for a slug the
 * piece had before, or a 404.
 */
final class SlugPages {

    private SlugPages() {}

    /** The piece to show, or null once a redirect or a 404 has been sent for it. */
    static PublicPiece answer(SlugLookup lookup, String section) throws IOException {
        if (lookup.isMoved()) {
            HttpServletResponse response = Faces.getResponse();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", Faces.getRequestContextPath() + "/" + section + "/" + lookup.movedTo());
            Faces.responseComplete();
            return null;
        }
        if (!lookup.isFound()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            return null;
        }
        return lookup.piece();
    }
}
