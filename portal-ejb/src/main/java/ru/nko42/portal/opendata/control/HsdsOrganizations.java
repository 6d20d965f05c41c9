package ru.nko42.portal.opendata.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.account.control.PortalAddress;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.services.SocialService;

/**
 * Organizations as HSDS documents: {@code compiled/organization.json} (full) and {@code organization_list.json}.
 *
 * <p>Fields: id (its UUID), name (full name), alternate_name (short name), description (the profile's, "" when it has
 * none: the schema requires it), email, website, tax_id (ИНН), year_incorporated, legal_status (the legal form's
 * Russian name), uri (its public profile on the portal); in the full document also phones (the profile's phone),
 * locations (its postal address as a "postal" location with the map point), organization_identifiers (ИНН with the
 * scheme "RU-INN", ОГРН with "RU-OGRN") and services. Read from the published revision where there is one.
 */
public final class HsdsOrganizations {

    /** The org-id.guide scheme of ИНН. */
    public static final String INN_SCHEME = "RU-INN";
    /** The org-id.guide scheme of ОГРН. */
    public static final String OGRN_SCHEME = "RU-OGRN";

    private HsdsOrganizations() {}

    /** The one-to-one fields ({@code organization_list.json}). */
    public static JsonObject listItem(Organization organization) {
        return scalars(organization).build();
    }

    /**
     * The full document without its services: as a service nests its organization, and as the data package lists
     * organizations.
     */
    public static JsonObject withoutServices(Organization organization) {
        return full(organization).build();
    }

    /**
     * The full document with its services ({@code compiled/organization.json}): each service as
     * {@link HsdsServices#listItem(SocialService, boolean)} without its organization, or, with {@code fullServices},
     * as {@link HsdsServices#full(SocialService, boolean)} without it.
     */
    public static JsonObject withServices(
            Organization organization, List<SocialService> services, boolean fullServices) {
        List<JsonObject> documents = new ArrayList<>(services.size());
        for (SocialService service : services) {
            documents.add(fullServices ? HsdsServices.full(service, false) : HsdsServices.listItem(service, false));
        }
        return full(organization).put("services", documents).build();
    }

    private static HsdsJson full(Organization organization) {
        String id = organization.getHsdsId();
        OrganizationDetails details = details(organization);
        HsdsJson document = scalars(organization);
        if (details != null && details.getPhone() != null && !details.getPhone().isBlank()) {
            document.put(
                    "phones",
                    List.of(HsdsJson.object()
                            .put("id", HsdsIds.part(id, "phone", 0).toString())
                            .put("organization_id", id)
                            .put("number", details.getPhone())
                            .build()));
        }
        if (details != null
                && details.getPostalAddress() != null
                && !details.getPostalAddress().isBlank()) {
            String locationId = HsdsIds.part(id, "location", 0).toString();
            document.put(
                    "locations",
                    List.of(HsdsJson.object()
                            .put("id", locationId)
                            .put("location_type", "postal")
                            .put("organization_id", id)
                            .put("latitude", details.getLatitude())
                            .put("longitude", details.getLongitude())
                            .put(
                                    "addresses",
                                    List.of(HsdsLocations.address(
                                            locationId,
                                            details.getPostalAddress(),
                                            organization.getMunicipality(),
                                            "postal")))
                            .build()));
        }
        List<JsonObject> identifiers = new ArrayList<>(2);
        if (organization.getInn() != null) {
            identifiers.add(identifier(id, 0, INN_SCHEME, organization.getInn()));
        }
        if (organization.getOgrn() != null) {
            identifiers.add(identifier(id, 1, OGRN_SCHEME, organization.getOgrn()));
        }
        return document.put("organization_identifiers", identifiers);
    }

    private static JsonObject identifier(String organizationId, int index, String scheme, String value) {
        return HsdsJson.object()
                .put(
                        "id",
                        HsdsIds.part(organizationId, "organization_identifier", index)
                                .toString())
                .put("organization_id", organizationId)
                .put("identifier_scheme", scheme)
                .putRequired("identifier_type", HsdsTexts.text("identifier." + scheme))
                .putRequired("identifier", value)
                .build();
    }

    private static HsdsJson scalars(Organization organization) {
        OrganizationRevision revision = organization.getPublishedRevision();
        OrganizationDetails details = details(organization);
        return HsdsJson.object()
                .put("id", organization.getHsdsId())
                .putRequired("name", organization.getFullName())
                .put("alternate_name", organization.getShortName())
                .putRequired("description", details == null ? null : details.getDescription())
                .putEmail("email", details == null ? null : details.getEmail())
                .putUri("website", details == null ? null : details.getWebsite())
                .put("tax_id", organization.getInn())
                .put("year_incorporated", details == null ? null : details.getYearFounded())
                .put(
                        "legal_status",
                        revision == null || revision.getLegalForm() == null
                                ? null
                                : revision.getLegalForm().getNameRu())
                .putUri("uri", PortalAddress.of(profilePath(organization)));
    }

    private static OrganizationDetails details(Organization organization) {
        OrganizationRevision revision = organization.getPublishedRevision();
        return revision == null ? null : revision.getDetails();
    }

    private static String profilePath(Organization organization) {
        String slug = organization.getSlug();
        return "/organizations/" + organization.getId() + (slug == null || slug.isBlank() ? "" : "-" + slug);
    }
}
