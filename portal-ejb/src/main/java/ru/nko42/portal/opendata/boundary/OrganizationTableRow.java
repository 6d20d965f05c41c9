package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * A published organization as a row of the open data table of the member directory: its published details only.
 *
 * @param services how many of its services are published
 */
public record OrganizationTableRow(
        long id,
        String name,
        OrganizationKind kind,
        String inn,
        String ogrn,
        String municipalityRu,
        String municipalityEn,
        String address,
        String phone,
        String email,
        String website,
        long services)
        implements Serializable {

    /** The website as a link target: only an http(s) address, else null (then it is shown as text only). */
    public String websiteLink() {
        return website != null && (website.startsWith("https://") || website.startsWith("http://")) ? website : null;
    }

    public String municipality(Locale locale) {
        return Bilingual.pick(locale, municipalityRu, municipalityEn);
    }
}
