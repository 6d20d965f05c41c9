package ru.nko42.portal.directory.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import ru.nko42.portal.directory.boundary.RevisionComparison;
import ru.nko42.portal.directory.boundary.RevisionComparison.ValueType;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;

/** Lays a pending revision beside the published one, every profile field in the order of the form. */
public final class ProfileComparison {

    private final Locale locale;
    private final List<RevisionComparison.Field> fields = new ArrayList<>();
    private ValueType type = ValueType.TEXT;

    private ProfileComparison(Locale locale) {
        this.locale = locale;
    }

    /** A pending revision beside {@code base} (null for none), which is the published or a rejected revision. */
    public static RevisionComparison of(
            OrganizationRevision pending, OrganizationRevision base, RevisionComparison.Base kind, Locale locale) {
        ProfileComparison comparison = new ProfileComparison(locale);
        comparison.compare(pending, base);
        return new RevisionComparison(
                pending.getOrganization().getId(),
                pending.getOrganization().getSlug(),
                pending.getNumber(),
                base == null ? null : base.getNumber(),
                base == null ? RevisionComparison.Base.NONE : kind,
                List.copyOf(comparison.fields));
    }

    private void compare(OrganizationRevision pending, OrganizationRevision published) {
        type = ValueType.MESSAGE_KEY;
        detail("profile.kind", pending, published, details -> "organization.kind." + details.getKind());
        detail(
                "profile.tosLegalEntity",
                pending,
                published,
                details -> details.getKind() == OrganizationKind.TOS ? yesNo(details.isTosLegalEntity()) : null);
        type = ValueType.TEXT;
        detail("profile.fullName", pending, published, OrganizationDetails::getFullName);
        detail("profile.shortName", pending, published, OrganizationDetails::getShortName);
        field("profile.legalForm", pending, published, revision -> name(revision.getLegalForm()));
        field(
                "profile.municipality",
                pending,
                published,
                revision -> revision.getMunicipality().name(locale));
        detail("profile.inn", pending, published, OrganizationDetails::getInn);
        detail("profile.ogrn", pending, published, OrganizationDetails::getOgrn);
        detail("profile.kpp", pending, published, OrganizationDetails::getKpp);
        detail("profile.tosTerritory", pending, published, OrganizationDetails::getTosTerritory);
        detail("profile.tosResidents", pending, published, details -> text(details.getTosResidents()));
        detail("profile.tosFoundingMeeting", pending, published, details -> text(details.getTosFoundingMeeting()));
        detail("profile.tosChairman", pending, published, OrganizationDetails::getTosChairman);
        detail("profile.postalAddress", pending, published, OrganizationDetails::getPostalAddress);
        detail("profile.latitude", pending, published, details -> text(details.getLatitude()));
        detail("profile.longitude", pending, published, details -> text(details.getLongitude()));
        detail("profile.phone", pending, published, OrganizationDetails::getPhone);
        detail("profile.email", pending, published, OrganizationDetails::getEmail);
        detail("profile.website", pending, published, OrganizationDetails::getWebsite);
        detail("profile.vkLink", pending, published, OrganizationDetails::getVkLink);
        detail("profile.telegramLink", pending, published, OrganizationDetails::getTelegramLink);
        detail("profile.okLink", pending, published, OrganizationDetails::getOkLink);
        detail("profile.headName", pending, published, OrganizationDetails::getHeadName);
        detail("profile.yearFounded", pending, published, details -> text(details.getYearFounded()));
        detail("profile.description", pending, published, OrganizationDetails::getDescription);
        field("profile.activityAreas", pending, published, revision -> names(revision.getActivityAreas()));
        field("profile.targetGroups", pending, published, revision -> names(revision.getTargetGroups()));
        type = ValueType.LOGO;
        field("profile.logo", pending, published, OrganizationRevision::getLogoKey);
    }

    private void detail(
            String labelKey,
            OrganizationRevision pending,
            OrganizationRevision published,
            Function<OrganizationDetails, String> value) {
        field(labelKey, pending, published, revision -> value.apply(revision.getDetails()));
    }

    private void field(
            String labelKey,
            OrganizationRevision pending,
            OrganizationRevision published,
            Function<OrganizationRevision, String> value) {
        String now = blankToNull(value.apply(pending));
        String before = published == null ? null : blankToNull(value.apply(published));
        fields.add(new RevisionComparison.Field(labelKey, type, before, now, !Objects.equals(before, now)));
    }

    private String name(ReferenceEntry entry) {
        return entry == null ? null : entry.name(locale);
    }

    private String names(Collection<? extends ReferenceEntry> entries) {
        return entries.stream().map(this::name).collect(Collectors.joining(", "));
    }

    private static String yesNo(boolean value) {
        return value ? "common.yes" : "common.no";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
