package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import ru.nko42.portal.directory.boundary.ReferenceItem;
import ru.nko42.portal.model.common.Bilingual;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.FeeKind;

/**
 * A service's page as a citizen sees it, made from one revision: the published one on the public page, the working
 * draft in the editor's preview, a submitted one for a moderator. Everything a citizen needs to act: who gives it,
 * for whom, what it costs, how to apply and what to bring, whom to call, where it is and when it is open.
 *
 * @param organizationPath the organization's public profile, or null while the organization is not public
 * @param isPublic whether citizens can see this service (pages say "not public" to its keepers otherwise)
 * @param preview whether it is a draft shown to its author as citizens would see it
 */
public record ServicePage(
        long serviceId,
        long revisionId,
        RevisionState revisionState,
        long organizationId,
        String organizationName,
        String organizationPath,
        String name,
        String description,
        String howToApply,
        String eligibility,
        Integer minimumAge,
        Integer maximumAge,
        List<ReferenceItem> categories,
        List<ReferenceItem> forms,
        List<ReferenceItem> types,
        List<ReferenceItem> serviceAreas,
        FeeKind fee,
        String feesDescription,
        List<Price> prices,
        Integer capacity,
        Integer freePlaces,
        List<Phone> phones,
        String email,
        String url,
        List<String> languages,
        List<String> documents,
        boolean wheelchairAccessible,
        ServiceHours hours,
        List<Place> places,
        Instant lastVerifiedAt,
        boolean isPublic,
        boolean preview)
        implements Serializable {

    /** A price: what is paid for and how many roubles (null where it depends). */
    public record Price(String option, BigDecimal amount) implements Serializable {}

    /** A phone to call, with the digits a {@code tel:} link needs. */
    public record Phone(String number, String description) implements Serializable {

        public String tel() {
            String digits = number.replaceAll("(доб|ext).*$", "").replaceAll("[^0-9+]", "");
            return digits.startsWith("8") && digits.length() == 11 ? "+7" + digits.substring(1) : digits;
        }
    }

    /** A place the service is given at: address, point, access, how to get there, hours there. */
    public record Place(
            String name,
            String address,
            String municipalityRu,
            String municipalityEn,
            Double latitude,
            Double longitude,
            boolean wheelchairAccessible,
            String accessibility,
            String transportation,
            ServiceHours hours)
            implements Serializable {

        public boolean hasPoint() {
            return latitude != null && longitude != null;
        }

        public String municipality(Locale locale) {
            return Bilingual.pick(locale, municipalityRu, municipalityEn);
        }
    }

    public boolean hasPoints() {
        return places.stream().anyMatch(Place::hasPoint);
    }

    public boolean free() {
        return fee == FeeKind.FREE;
    }
}
