package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.directory.OrganizationDetails;

/**
 * The published profile of an organization, as its public page shows it: with the date its data was last confirmed,
 * and whether it is stale (its representatives were asked to confirm it and did not).
 */
public record PublicProfile(
        long id,
        String slug,
        OrganizationDetails details,
        ReferenceItem legalForm,
        String municipalityCode,
        String municipalityNameRu,
        String municipalityNameEn,
        List<ReferenceItem> activityAreas,
        List<ReferenceItem> targetGroups,
        String logoKey,
        Instant publishedAt,
        Instant lastVerifiedAt,
        boolean stale)
        implements Serializable {

    public String municipalityName(Locale locale) {
        return Bilingual.pick(locale, municipalityNameRu, municipalityNameEn);
    }

    /** The profile's address: {@code /organizations/12-ano-zabota}, or {@code /organizations/12} without a slug. */
    public String path() {
        return pathOf(id, slug);
    }

    public static String pathOf(long id, String slug) {
        return slug == null || slug.isBlank() ? "/organizations/" + id : "/organizations/" + id + "-" + slug;
    }
}
