package ru.nko42.portal.model.content;

/**
 * The section of the centre's site a piece belongs to; stored by name. Slugs are unique within a kind. Each kind has
 * its section's address on the site, and a piece its own page there, except team members, reports and the about text,
 * which are shown together on their section's page, each under its slug as the fragment.
 */
public enum ContentKind {
    NEWS("news", true),
    EVENT("events", true),
    PROJECT("projects", true),
    PRACTICE("practices", true),
    NGO_INFO("ngo-info", true),
    ACCOUNTANTS_CLUB("accountants-club", true),
    TEAM("about", false),
    REPORT("reports", false),
    /** The centre's own description and contacts, shown at the top of the about page. */
    ABOUT("about", false);

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

    /** Whether a piece of this kind may belong to a project (and is listed on the project's page). */
    public boolean canBelongToProject() {
        return this == NEWS || this == EVENT;
    }

    /** The kind whose section is {@code section} and whose pieces have pages of their own there, if any. */
    public static java.util.Optional<ContentKind> withPagesIn(String section) {
        return java.util.Arrays.stream(values())
                .filter(kind -> kind.ownPages && kind.section.equals(section))
                .findFirst();
    }

    /** The site path (from the context root) of a piece of this kind under {@code slug}. */
    public String publicPath(String slug) {
        return ownPages ? "/" + section + "/" + slug : "/" + section + "#" + slug;
    }
}
