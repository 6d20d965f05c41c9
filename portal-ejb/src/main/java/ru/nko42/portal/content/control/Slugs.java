package ru.nko42.portal.content.control;

import java.util.regex.Pattern;
import ru.nko42.portal.common.control.Transliteration;
import ru.nko42.portal.model.content.ContentPiece;

/**
 * URL slugs: made from a Russian title by {@link Transliteration#icao ICAO transliteration}, then only Latin letters,
 * digits and single hyphens; and the check of a slug an editor typed.
 */
public final class Slugs {

    /** The longest slug made from a title, cut at a word's end; room is left for a "-2" that makes it unique. */
    public static final int MADE_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final String FALLBACK = "material";

    private Slugs() {}

    /** The slug made from {@code title}: "Конференция по ТОС" gives "konferentsiia-po-tos". Never empty. */
    public static String fromTitle(String title) {
        String slug = NOT_SLUG.matcher(Transliteration.icao(title == null ? "" : title))
                .replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MADE_LENGTH) {
            int cut = slug.lastIndexOf('-', MADE_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > MADE_LENGTH / 2 ? cut : MADE_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK : slug;
    }

    /** {@code slug} with a number that tells it from its {@code n - 1} namesakes: "news", "news-2", "news-3". */
    public static String numbered(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }

    /** Whether an editor's slug may be used as it is: lower-case Latin letters, digits, single inner hyphens. */
    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= ContentPiece.SLUG_LENGTH
                && VALID.matcher(slug).matches();
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
