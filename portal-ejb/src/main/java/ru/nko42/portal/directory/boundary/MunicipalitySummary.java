package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import ru.nko42.portal.model.common.Bilingual;

/** A municipality as the public pages list it, with the number of organizations published there. */
public record MunicipalitySummary(
        String code,
        String nameRu,
        String nameEn,
        String kind,
        String adminCentre,
        double latitude,
        double longitude,
        long publishedOrganizations)
        implements Serializable {

    private static final Map<String, String> KIND_KEYS = Map.of(
            "городской округ", "urbanOkrug",
            "муниципальный округ", "municipalOkrug",
            "муниципальный район", "municipalDistrict");

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameRu, nameEn);
    }

    /** The bundle key that names this kind in the reader's language, or null for a kind not known to the bundles. */
    public String kindKey() {
        String key = kind == null ? null : KIND_KEYS.get(kind);
        return key == null ? null : "municipality.kindName." + key;
    }
}
