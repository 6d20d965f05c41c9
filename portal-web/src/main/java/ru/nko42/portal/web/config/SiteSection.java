package ru.nko42.portal.web.config;

import java.util.List;

/**
 * The sections of the portal in the main menu, in menu order. A section is listed here only once its page
 * exists: the menu never leads to a placeholder.
 */
public enum SiteSection {
    HOME("/", "menu.home"),
    SERVICES("/services", "menu.services", "/service"),
    DIRECTORY("/organizations", "menu.directory", "/organization"),
    MUNICIPALITIES("/municipalities", "menu.municipalities", "/municipality"),
    NEWS("/news", "menu.news", "/news/", "/news-piece"),
    EVENTS("/events", "menu.events", "/events/", "/event", "/event-cancel"),
    PROJECTS("/projects", "menu.projects", "/projects/", "/project"),
    LIBRARIES("/practices", "menu.forNgos", "/practices/", "/ngo-info", "/accountants-club", "/library-piece"),
    ABOUT("/about", "menu.about");

    private final String path;
    private final String labelKey;
    private final List<String> pagePrefixes;

    SiteSection(String path, String labelKey, String... pagePrefixes) {
        this.path = path;
        this.labelKey = labelKey;
        this.pagePrefixes = List.of(pagePrefixes);
    }

    /** The section's address below the context root. */
    public String path() {
        return path;
    }

    public String labelKey() {
        return labelKey;
    }

    /** True when a request path belongs to this section, for marking the current menu item. */
    public boolean contains(String requestPath) {
        if (this == HOME) {
            return requestPath.equals("/") || requestPath.equals("/index");
        }
        return requestPath.equals(path) || pagePrefixes.stream().anyMatch(requestPath::startsWith);
    }
}
