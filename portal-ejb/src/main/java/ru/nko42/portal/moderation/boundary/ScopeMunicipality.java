package ru.nko42.portal.moderation.boundary;

import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;

/** A municipality the caller moderates, for the queue's filter. */
public record ScopeMunicipality(String code, String nameRu, String nameEn) {

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameRu, nameEn);
    }
}
