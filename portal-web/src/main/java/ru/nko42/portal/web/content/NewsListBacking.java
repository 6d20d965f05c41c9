package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Faces;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.PublicPage;
import ru.nko42.portal.content.boundary.PublicPiece;
import ru.nko42.portal.content.boundary.SlugLookup;
import ru.nko42.portal.model.content.ContentKind;

/**
 * The news, {@code /news?project=<slug>&tag=...&page=N}: public news newest first, a page at a time, of one project
 * and by tag when those are chosen (an unknown project answers 404).
 */
@Named
@RequestScoped
public class NewsListBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    ContentSiteService site;

    private String tag;
    private String project;
    private PublicPiece projectPiece;
    private int page = 1;
    private PublicPage news;

    public void load() throws IOException {
        if (project != null) {
            SlugLookup lookup = site.find(ContentKind.PROJECT, project);
            if (!lookup.isFound()) {
                Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
                return;
            }
            projectPiece = lookup.piece();
        }
        news = site.page(
                ContentKind.NEWS,
                tag,
                projectPiece == null ? null : projectPiece.id(),
                Math.max(page, 1) - 1,
                PAGE_SIZE);
    }

    /** The list's address with the project, tag and page in the query, so the filter can be bookmarked and shared. */
    public String link(String forTag, int forPage) {
        return ListAddress.query(forPage, "project", project, "tag", forTag);
    }

    /** The address of the previous or next page of the same list. */
    public String pageLink(int forPage) {
        return link(tag, forPage);
    }

    /** The address of the list without the project filter, keeping the tag. */
    public String getWithoutProject() {
        return ListAddress.query(1, "tag", tag);
    }

    /** The address of the list without the tag filter, keeping the project. */
    public String getWithoutTag() {
        return ListAddress.query(1, "project", project);
    }

    public PublicPage getNews() {
        return news;
    }

    /** The project whose news are listed, or null. */
    public PublicPiece getProjectPiece() {
        return projectPiece;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag == null || tag.isBlank() ? null : tag.strip();
    }

    public String getProject() {
        return project;
    }

    public void setProject(String project) {
        this.project = project == null || project.isBlank() ? null : project.strip();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
