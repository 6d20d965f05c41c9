package ru.nko42.portal.search.control;

import java.util.regex.Pattern;

/**
 * The text of HTML the allow-list sanitizer wrote (no scripts, no comments, no CDATA): the tags become spaces and
 * the character references the sanitizer writes become their characters again.
 */
public final class PlainText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PlainText() {}

    public static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = TAG.matcher(html).replaceAll(" ");
        text = NUMERIC.matcher(text).replaceAll(match -> {
            int code = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            return Character.isValidCodePoint(code)
                    ? java.util.regex.Matcher.quoteReplacement(Character.toString(code))
                    : " ";
        });
        text = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
