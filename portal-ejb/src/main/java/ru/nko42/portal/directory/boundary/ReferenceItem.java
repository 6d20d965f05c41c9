package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.common.ReferenceEntry;

/** An entry of a reference list as forms and filters offer it. */
public record ReferenceItem(String code, String nameRu, String nameEn) implements Serializable {

    public static ReferenceItem of(ReferenceEntry entry) {
        return new ReferenceItem(entry.getCode(), entry.getNameRu(), entry.getNameEn());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameRu, nameEn);
    }
}
