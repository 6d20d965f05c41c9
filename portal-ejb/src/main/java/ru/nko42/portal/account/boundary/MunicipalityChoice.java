package ru.nko42.portal.account.boundary;

import java.io.Serializable;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.directory.Municipality;

/** A municipality a moderator can be assigned. */
public record MunicipalityChoice(long id, String nameRu, String nameEn) implements Serializable {

    static MunicipalityChoice of(Municipality municipality) {
        return new MunicipalityChoice(municipality.getId(), municipality.getNameRu(), municipality.getNameEn());
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameRu, nameEn);
    }
}
