package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.model.content.ContentKind;

/**
 * One article of a library, {@code /practices/<slug>}, {@code /ngo-info/<slug>} or {@code /accountants-club/<slug>}
 * (rewritten to {@code /library-piece?section=&slug=}): body, documents, tags and related articles of the same
 * library; an old slug answers 301, an unknown or not yet public one 404.
 */
@Named
@RequestScoped
public class LibraryPieceBacking {

    static final List<ContentKind> LIBRARIES =
            List.of(ContentKind.PRACTICE, ContentKind.NGO_INFO, ContentKind.ACCOUNTANTS_CLUB);
    private static final int RELATED = 3;

    @Inject
    ContentSiteService site;

    private String section;
    private String slug;
    private PublicPiece piece;
    private List<PublicPiece> related;

    public void load() throws IOException {
        Optional<ContentKind> kind = ContentKind.withPagesIn(section).filter(LIBRARIES::contains);
        if (kind.isEmpty()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            return;
        }
        piece = SlugPages.answer(site.find(kind.get(), slug), section);
        if (piece != null) {
            related = site.related(piece, RELATED);
        }
    }

    public PublicPiece getPiece() {
        return piece;
    }

    public List<PublicPiece> getRelated() {
        return related;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
