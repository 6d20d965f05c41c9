package ru.nko42.portal.directory.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import ru.nko42.portal.model.directory.OrganizationRevision;

/**
 * The URL slug of a Russian name: transliterated as Russian passports do (ICAO Doc 9303), lower case, words joined
 * by hyphens, at most {@link #MAX_LENGTH} characters. "АНО «Забота»" becomes "ano-zabota".
 */
public final class Slug {

    public static final int MAX_LENGTH = 80;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"),
            Map.entry('б', "b"),
            Map.entry('в', "v"),
            Map.entry('г', "g"),
            Map.entry('д', "d"),
            Map.entry('е', "e"),
            Map.entry('ё', "e"),
            Map.entry('ж', "zh"),
            Map.entry('з', "z"),
            Map.entry('и', "i"),
            Map.entry('й', "i"),
            Map.entry('к', "k"),
            Map.entry('л', "l"),
            Map.entry('м', "m"),
            Map.entry('н', "n"),
            Map.entry('о', "o"),
            Map.entry('п', "p"),
            Map.entry('р', "r"),
            Map.entry('с', "s"),
            Map.entry('т', "t"),
            Map.entry('у', "u"),
            Map.entry('ф', "f"),
            Map.entry('х', "kh"),
            Map.entry('ц', "ts"),
            Map.entry('ч', "ch"),
            Map.entry('ш', "sh"),
            Map.entry('щ', "shch"),
            Map.entry('ъ', "ie"),
            Map.entry('ы', "y"),
            Map.entry('ь', ""),
            Map.entry('э', "e"),
            Map.entry('ю', "iu"),
            Map.entry('я', "ia"));

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
        StringBuilder latin = new StringBuilder();
        for (char c : name.toLowerCase(new Locale("ru")).toCharArray()) {
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String ascii = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
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
