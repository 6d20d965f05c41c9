package ru.nko42.portal.opendata.control;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words the open data documents carry besides the members' own (the taxonomies' names, the fee kinds, the
 * identifier types, the region): in Russian, the language of the directory, from {@code HsdsTexts.properties}.
 */
final class HsdsTexts {

    private static final String BUNDLE = "ru.nko42.portal.opendata.control.HsdsTexts";

    private HsdsTexts() {}

    static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    }
}
