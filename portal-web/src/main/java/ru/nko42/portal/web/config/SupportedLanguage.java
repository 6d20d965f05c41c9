package ru.nko42.portal.web.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks: Russian first, English second. */
public enum SupportedLanguage {
    RU(Locale.forLanguageTag("ru")),
    EN(Locale.ENGLISH);

    public static final SupportedLanguage DEFAULT = RU;

    private final Locale locale;

    SupportedLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language of a tag such as {@code en}, {@code en-GB} or {@code RU}; empty for anything else. */
    public static Optional<SupportedLanguage> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag().equals(language)).findFirst();
    }

    public static Optional<SupportedLanguage> of(Locale locale) {
        return locale == null ? Optional.empty() : of(locale.toLanguageTag());
    }
}
