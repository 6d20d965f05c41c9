package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.directory.PublicationState;

/**
 * A stale organization as a moderator checks it: how old its data is, when its representatives were asked (and how
 * many there are to answer), and where its public profile is.
 */
public record StaleOrganization(
        long id,
        String slug,
        String name,
        String fullName,
        String municipalityNameRu,
        String municipalityNameEn,
        PublicationState state,
        Instant lastVerifiedAt,
        Instant verificationRequestedAt,
        Instant staleSince,
        int representatives)
        implements Serializable {

    public String municipalityName(Locale locale) {
        return Bilingual.pick(locale, municipalityNameRu, municipalityNameEn);
    }

    public boolean published() {
        return state == PublicationState.PUBLISHED;
    }

    public String profilePath() {
        return PublicProfile.pathOf(id, slug);
    }
}
