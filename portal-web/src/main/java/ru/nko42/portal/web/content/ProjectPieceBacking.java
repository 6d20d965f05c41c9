package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.ProjectPage;
import ru.nko42.portal.content.boundary.ProjectSiteService;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.model.content.ContentKind;

/**
 * One project, {@code /projects/<slug>} (rewritten to {@code /project?slug=}): funder, period, goals, results,
 * partners, its news and events; an old slug answers 301, an unknown or not yet public one 404.
 */
@Named
@RequestScoped
public class ProjectPieceBacking {

    @Inject
    ContentSiteService site;

    @Inject
    ProjectSiteService projects;

    private String slug;
    private ProjectPage project;

    public void load() throws IOException {
        PublicPiece piece = SlugPages.answer(site.find(ContentKind.PROJECT, slug), ContentKind.PROJECT.section());
        if (piece != null) {
            project = projects.page(piece);
        }
    }

    public ProjectPage getProject() {
        return project;
    }

    public PublicPiece getPiece() {
        return project == null ? null : project.card().piece();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
