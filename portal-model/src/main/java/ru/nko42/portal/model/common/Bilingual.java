package ru.nko42.portal.model.common;

import java.util.Locale;

/** Reference data carries a Russian and an English text; readers get English only when they read English. */
public final class Bilingual {

    private Bilingual() {}

    public static String pick(Locale locale, String russian, String english) {
        boolean wantsEnglish = locale != null && "en".equals(locale.getLanguage());
        return wantsEnglish && english != null && !english.isBlank() ? english : russian;
    }
}
