package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.model.content.ContentKind;

/**
 * One news item, {@code /news/<slug>} (rewritten to {@code /news-piece?slug=}): the piece, its project and related
 * news; a slug
 * it had before answers 301 to the current one, an unknown or not yet public one 404.
 */
@Named
@RequestScoped
public class NewsPieceBacking {

    private static final int RELATED = 3;

    @Inject
    ContentSiteService site;

    private String slug;
    private PublicPiece piece;
    private List<PublicPiece> related;
    private PublicPiece project;

    public void load() throws IOException {
        piece = SlugPages.answer(site.find(ContentKind.NEWS, slug), ContentKind.NEWS.section());
        if (piece == null) {
            return;
        }
        related = site.related(piece, RELATED);
        project = site.projectOf(piece);
    }

    public PublicPiece getPiece() {
        return piece;
    }

    /** The public project the news item belongs to, or null. */
    public PublicPiece getProject() {
        return project;
    }

    public List<PublicPiece> getRelated() {
        return related;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
