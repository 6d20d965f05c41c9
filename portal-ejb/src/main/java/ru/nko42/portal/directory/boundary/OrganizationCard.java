package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.directory.OrganizationKind;

/** A published organization as a line of the public directory shows it; {@code stale}: not confirmed for long. */
public record OrganizationCard(
        long id,
        String slug,
        String name,
        String fullName,
        OrganizationKind kind,
        String municipalityCode,
        String municipalityNameRu,
        String municipalityNameEn,
        String excerpt,
        String logoKey,
        List<ReferenceItem> activityAreas,
        boolean stale)
        implements Serializable {

    public String municipalityName(Locale locale) {
        return Bilingual.pick(locale, municipalityNameRu, municipalityNameEn);
    }

    /** The profile's address: {@code /organizations/12-ano-zabota}. */
    public String path() {
        return PublicProfile.pathOf(id, slug);
    }
}
