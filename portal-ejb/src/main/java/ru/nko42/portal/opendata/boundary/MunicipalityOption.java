package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;
import java.util.Locale;

/** A municipality the import page offers as the default of records naming none, by its code. */
public record MunicipalityOption(String code, String nameRu, String nameEn) implements Serializable {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameRu;
    }
}
