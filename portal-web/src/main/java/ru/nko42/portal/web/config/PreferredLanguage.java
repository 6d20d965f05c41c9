package ru.nko42.portal.web.config;

import java.util.Iterator;

/** Picks the language of a visitor: the one they chose (remembered in a cookie), then the browser's, then Russian. */
public final class PreferredLanguage {

    public static final String COOKIE = "portal_lang";

    private PreferredLanguage() {}

    /**
     * @param chosen the cookie's value, or null
     * @param browserLocales the request's locales, most preferred first (Accept-Language)
     */
    public static SupportedLanguage resolve(String chosen, Iterator<java.util.Locale> browserLocales) {
        var choice = SupportedLanguage.of(chosen);
        if (choice.isPresent()) {
            return choice.get();
        }
        while (browserLocales != null && browserLocales.hasNext()) {
            var language = SupportedLanguage.of(browserLocales.next());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return SupportedLanguage.DEFAULT;
    }
}
