package ru.nko42.portal.common.control;

import java.util.Locale;
import java.util.Map;

/**
 * Russian letters in Latin ones by ICAO Doc 9303 (the table Russian foreign passports use since 2014): ж zh, х kh,
 * ц ts, ч ch, ш sh, щ shch, ъ ie, ю iu, я ia, й i, ё e, ь left out. Everything else is kept as it is.
 */
public final class Transliteration {

    private static final Map<Character, String> ICAO = Map.ofEntries(
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

    private Transliteration() {}

    /** The text in lower case with every Russian letter replaced by its ICAO Latin letters. */
    public static String icao(String text) {
        StringBuilder latin = new StringBuilder(text.length() + 8);
        for (char letter : text.toLowerCase(new Locale("ru")).toCharArray()) {
            String replacement = ICAO.get(letter);
            if (replacement == null) {
                latin.append(letter);
            } else {
                latin.append(replacement);
            }
        }
        return latin.toString();
    }
}
