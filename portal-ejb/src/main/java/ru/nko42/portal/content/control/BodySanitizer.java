package ru.nko42.portal.content.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Cleans the rich-text body of a piece by an allow-list (OWASP Java HTML Sanitizer): paragraphs, headings h2-h4 (an
 * h1 becomes an h2, the page's own title being the h1), lists, bold/italic/underline/strike, blockquotes, tables,
 * links to http, https and mailto only (always with {@code rel="nofollow noopener"}), images only from the portal's
 * own paths. Everything else goes: scripts, event handlers, style attributes, iframes, SVG, forms, classes.
 */
public final class BodySanitizer {

    /** A path on this site: one leading slash (not two: that is another host), no scheme, no backslash. */
    private static final Pattern OWN_PATH = Pattern.compile("^/[A-Za-z0-9][A-Za-z0-9/._~%\\-]*$");

    private static final Pattern SMALL_NUMBER = Pattern.compile("^[1-9][0-9]?$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "blockquote")
            .allowElements("b", "strong", "i", "em", "u", "s")
            .allowElements("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowAttributes("colspan", "rowspan")
            .matching(SMALL_NUMBER)
            .onElements("td", "th")
            .allowElements("a")
            .allowAttributes("href")
            .onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "noopener")
            .allowElements("img")
            .allowAttributes("src")
            .matching(OWN_PATH)
            .onElements("img")
            .allowAttributes("alt")
            .onElements("img")
            .toFactory();

    private BodySanitizer() {}

    /** The body with only what the allow-list lets through; an empty string for none. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html).strip();
    }
}
