package ru.nko42.portal.account.control;

import ru.nko42.portal.common.control.Setting;

/**
 * The public address of the portal, for links in mail: {@code portal.base.url} or {@code PORTAL_BASE_URL}, by
 * default {@code http://localhost:8080}.
 */
public final class PortalAddress {

    private static final String DEFAULT = "http://localhost:8080";

    private PortalAddress() {}

    /** The absolute URL of a path such as {@code /account/confirm?token=...}. */
    public static String of(String path) {
        return Setting.of("portal.base.url").orElse(DEFAULT).replaceAll("/+$", "") + path;
    }
}
