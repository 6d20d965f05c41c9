package ru.nko42.portal.directory.control;

import java.text.Normalizer;
import ru.nko42.portal.common.control.Transliteration;
import ru.nko42.portal.model.directory.OrganizationRevision;

/**
 * The URL slug of a Russian name: transliterated as Russian passports do (ICAO Doc 9303), lower case, words joined
 * by hyphens, at most {@link #MAX_LENGTH} characters. "АНО «Забота»" becomes "ano-zabota".
 */
public final class Slug {

    public static final int MAX_LENGTH = 80;

    private Slug() {}

    /** The slug of a profile: made from its display name, "organization" when nothing of it transliterates. */
    public static String of(OrganizationRevision revision) {
        String slug = of(revision.getDetails().displayName());
        return slug.isEmpty() ? "organization" : slug;
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String ascii = Normalizer.normalize(Transliteration.icao(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        String cut = slug.substring(0, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        boolean endsWithWord = slug.charAt(MAX_LENGTH) == '-';
        return endsWithWord || lastHyphen < 0 ? cut : cut.substring(0, lastHyphen);
    }
}
