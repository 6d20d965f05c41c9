package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import ru.nko42.portal.model.common.Bilingual;

/** The organization a reminder's link is about, as the page that opens from the mail shows it. */
public record VerificationLink(
        long organizationId,
        String slug,
        String name,
        String municipalityNameRu,
        String municipalityNameEn,
        Instant lastVerifiedAt,
        Instant verificationRequestedAt,
        boolean stale,
        Instant expiresAt)
        implements Serializable {

    public String municipalityName(Locale locale) {
        return Bilingual.pick(locale, municipalityNameRu, municipalityNameEn);
    }

    /** The public profile. */
    public String profilePath() {
        return PublicProfile.pathOf(organizationId, slug);
    }

    /** The profile editor of its representatives (it asks to log in first). */
    public String editorPath() {
        return "/account/profile?id=" + organizationId;
    }
}
