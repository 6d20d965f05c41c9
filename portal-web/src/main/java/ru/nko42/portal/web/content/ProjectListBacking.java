package ru.nko42.portal.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.nko42.portal.content.boundary.ContentSiteService;
import ru.nko42.portal.content.boundary.ProjectCard;
import ru.nko42.portal.content.boundary.ProjectSiteService;

/**
 * The projects, {@code /projects}: the current ones, or with {@code ?archive=true} those whose grant period is over;
 * and the home page's block of current projects.
 */
@Named
@RequestScoped
public class ProjectListBacking {

    static final int ON_HOME = 4;

    @Inject
    ProjectSiteService projects;

    private boolean archive;
    private List<ProjectCard> shown;
    private List<ProjectCard> home;

    public void load() {
        shown = archive ? projects.archive() : projects.current(ContentSiteService.MAX_PAGE_SIZE);
    }

    /** Up to four current projects, for the home page. */
    public List<ProjectCard> getHome() {
        if (home == null) {
            home = projects.current(ON_HOME);
        }
        return home;
    }

    public List<ProjectCard> getShown() {
        return shown;
    }

    public boolean isArchive() {
        return archive;
    }

    public void setArchive(boolean archive) {
        this.archive = archive;
    }
}
