package ru.nko42.portal.account.control;

/**
 * The public address of the portal, for links in mail: {@code portal.base.url} or {@code PORTAL_BASE_URL}, by
 * default {@code http://localhost:8080}.
 */
public final class PortalAddress {

    private static final String DEFAULT = "http://localhost:8080";

    private PortalAddress() {}

    /** The absolute URL of a path such as {@code /account/confirm?token=...}. */
    public static String of(String path) {
        String base = System.getProperty("portal.base.url", System.getenv("PORTAL_BASE_URL"));
        if (base == null || base.isBlank()) {
            base = DEFAULT;
        }
        return base.replaceAll("/+$", "") + path;
    }
}
