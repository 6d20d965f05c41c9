package ru.nko42.portal.model.content;

/**
 * The section of the centre's site a piece belongs to; stored by name. Slugs are unique within a kind. Each kind has
 * its section's address on the site, and a piece its own page there, except team members and reports, which are
 * shown together on their section's page, each under its slug as the fragment.
 */
public enum ContentKind {
    NEWS("news", true),
    EVENT("events", true),
    PROJECT("projects", true),
    PRACTICE("practices", true),
    NGO_INFO("ngo-info", true),
    ACCOUNTANTS_CLUB("accountants-club", true),
    TEAM("about", false),
    REPORT("reports", false);

    private final String section;
    private final boolean ownPages;

    ContentKind(String section, boolean ownPages) {
        this.section = section;
        this.ownPages = ownPages;
    }

    /** The section's path on the site, without slashes: "news", "events"... */
    public String section() {
        return section;
    }

    /** The site path (from the context root) of a piece of this kind under {@code slug}. */
    public String publicPath(String slug) {
        return ownPages ? "/" + section + "/" + slug : "/" + section + "#" + slug;
    }
}
