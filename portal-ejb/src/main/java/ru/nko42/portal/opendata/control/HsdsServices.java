package ru.nko42.portal.opendata.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.services.CostOption;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.ServiceDetails;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;

/**
 * Published social services as HSDS documents: {@code compiled/service.json} (full), {@code service_list.json} (the
 * one-to-one fields) and the minimal form (id and last_modified). Written from the published revision; the caller
 * passes only services that are {@link SocialService#isPublic() public}.
 *
 * <p>Fields: id, organization_id, name, description, url, email, status "active", application_process (how to apply),
 * fees_description, fees (the fee kind in words: "Бесплатно", "Платно", "Частично платно"), eligibility_description,
 * minimum_age, maximum_age, assured_date (when the listing was last confirmed, a date), last_modified; in the full
 * document also phones, schedules (the hours of the service itself), service_areas (municipalities, id
 * {@link HsdsIds#municipality(String)}, name Russian, {@code extent_type} "municipality", {@code uri} its code),
 * service_at_locations ({@link HsdsLocations}), languages (ISO 639-1 codes with Russian names), cost_options (each price
 * in RUB; a free service has one option "Бесплатно" of amount 0), required_documents, attributes (the 442-ФЗ types and
 * forms and the recipient categories as taxonomy terms, {@link HsdsTaxonomies}) and the organization
 * ({@link HsdsOrganizations#withoutServices}). Parts without an id of their own get {@link HsdsIds#part}.
 */
public final class HsdsServices {

    private HsdsServices() {}

    /**
     * When the public document last changed: the later of the service's and its organization's last change (a
     * publication, an approved edit, a renamed organization).
     */
    public static Instant lastModified(SocialService service) {
        Instant own = service.getUpdatedAt();
        Instant organization = service.getOrganization().getUpdatedAt();
        if (own == null) {
            return organization;
        }
        return organization != null && organization.isAfter(own) ? organization : own;
    }

    /** The minimal form: id and last_modified. */
    public static JsonObject minimal(SocialService service) {
        return HsdsJson.object()
                .put("id", service.getHsdsId())
                .put("last_modified", lastModified(service))
                .build();
    }

    /** The one-to-one fields, with the organization's ({@code organization_list.json}) when {@code withOrganization}. */
    public static JsonObject listItem(SocialService service, boolean withOrganization) {
        return scalars(service)
                .put("organization", withOrganization ? HsdsOrganizations.listItem(service.getOrganization()) : null)
                .build();
    }

    /** The full document, with the organization's full document (without its services) when {@code withOrganization}. */
    public static JsonObject full(SocialService service, boolean withOrganization) {
        return full(service, withOrganization, true);
    }

    /**
     * The full document; with {@code withLocations} false, without its service_at_locations (as a service_at_location
     * nests its service).
     */
    public static JsonObject full(SocialService service, boolean withOrganization, boolean withLocations) {
        String id = service.getHsdsId();
        String organizationId = service.getOrganization().getHsdsId();
        ServiceRevision revision = service.getPublishedRevision();
        HsdsJson document = scalars(service)
                .put("phones", phones(id, revision.getPhones()))
                .put("schedules", HsdsLocations.schedules(revision.getDetails().getScheduleJson(), id, id, null, null))
                .put("service_areas", serviceAreas(id, revision));
        if (withLocations) {
            List<JsonObject> places = new ArrayList<>();
            for (ServiceLocation location : revision.getLocations()) {
                places.add(HsdsLocations.serviceAtLocation(location, id, organizationId)
                        .build());
            }
            document.put("service_at_locations", places);
        }
        return document.put("languages", languages(id, revision))
                .put(
                        "organization",
                        withOrganization ? HsdsOrganizations.withoutServices(service.getOrganization()) : null)
                .put("cost_options", costOptions(id, revision.getDetails(), revision.getCostOptions()))
                .put("required_documents", documents(id, revision.getDocuments()))
                .put("attributes", attributes(id, revision))
                .build();
    }

    private static HsdsJson scalars(SocialService service) {
        ServiceRevision revision = service.getPublishedRevision();
        ServiceDetails details = revision.getDetails();
        return HsdsJson.object()
                .put("id", service.getHsdsId())
                .put("organization_id", service.getOrganization().getHsdsId())
                .putRequired("name", details.getName())
                .put("description", details.getDescription())
                .putUri("url", details.getUrl())
                .putEmail("email", details.getEmail())
                .put("status", "active")
                .put("application_process", details.getHowToApply())
                .put("fees_description", details.getFeesDescription())
                .put("fees", feeKind(details.getFee()))
                .put("eligibility_description", details.getEligibility())
                .put("minimum_age", details.getMinimumAge())
                .put("maximum_age", details.getMaximumAge())
                .put(
                        "assured_date",
                        service.getLastVerifiedAt() == null
                                ? null
                                : service.getLastVerifiedAt()
                                        .atZone(java.time.ZoneOffset.UTC)
                                        .toLocalDate()
                                        .toString())
                .put("last_modified", lastModified(service));
    }

    /** The fee kind in words, as the {@code fees} field carries it. */
    public static String feeKind(FeeKind fee) {
        return fee == null ? null : HsdsTexts.text("fee." + fee.name());
    }

    private static List<JsonObject> phones(String serviceId, List<ServicePhone> phones) {
        List<JsonObject> written = new ArrayList<>(phones.size());
        for (int i = 0; i < phones.size(); i++) {
            ServicePhone phone = phones.get(i);
            written.add(HsdsJson.object()
                    .put("id", HsdsIds.part(serviceId, "phone", i).toString())
                    .put("service_id", serviceId)
                    .putRequired("number", phone.getNumber())
                    .put("description", phone.getDescription())
                    .build());
        }
        return written;
    }

    private static List<JsonObject> serviceAreas(String serviceId, ServiceRevision revision) {
        List<JsonObject> areas = new ArrayList<>();
        for (Municipality municipality : revision.getServiceAreas()) {
            areas.add(HsdsJson.object()
                    .put("id", HsdsIds.municipality(municipality.getCode()).toString())
                    .put("service_id", serviceId)
                    .put("name", municipality.getNameRu())
                    .put("extent_type", "municipality")
                    .put("uri", municipality.getCode())
                    .build());
        }
        return areas;
    }

    private static List<JsonObject> languages(String serviceId, ServiceRevision revision) {
        List<JsonObject> languages = new ArrayList<>();
        int i = 0;
        for (String code : revision.getLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            String name = language.getDisplayLanguage(Locale.forLanguageTag("ru"));
            languages.add(HsdsJson.object()
                    .put("id", HsdsIds.part(serviceId, "language", i++).toString())
                    .put("service_id", serviceId)
                    .put("name", name.isBlank() ? null : name)
                    .put("code", code)
                    .build());
        }
        return languages;
    }

    private static List<JsonObject> costOptions(String serviceId, ServiceDetails details, List<CostOption> prices) {
        List<JsonObject> options = new ArrayList<>();
        if (details.getFee() == FeeKind.FREE && prices.isEmpty()) {
            options.add(HsdsJson.object()
                    .put("id", HsdsIds.part(serviceId, "cost_option", 0).toString())
                    .put("service_id", serviceId)
                    .put("option", feeKind(FeeKind.FREE))
                    .put("currency", CostOption.CURRENCY)
                    .put("amount", java.math.BigDecimal.ZERO)
                    .build());
            return options;
        }
        for (int i = 0; i < prices.size(); i++) {
            CostOption price = prices.get(i);
            options.add(HsdsJson.object()
                    .put("id", HsdsIds.part(serviceId, "cost_option", i).toString())
                    .put("service_id", serviceId)
                    .put("option", price.getOption())
                    .put("currency", price.getAmount() == null ? null : CostOption.CURRENCY)
                    .put("amount", price.getAmount())
                    .build());
        }
        return options;
    }

    private static List<JsonObject> documents(String serviceId, List<String> documents) {
        List<JsonObject> written = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            written.add(HsdsJson.object()
                    .put("id", HsdsIds.part(serviceId, "required_document", i).toString())
                    .put("service_id", serviceId)
                    .put("document", documents.get(i))
                    .build());
        }
        return written;
    }

    private static List<JsonObject> attributes(String serviceId, ServiceRevision revision) {
        List<ReferenceEntry> terms = new ArrayList<>();
        terms.addAll(revision.getTypes());
        terms.addAll(revision.getForms());
        terms.addAll(revision.getCategories());
        List<JsonObject> attributes = new ArrayList<>(terms.size());
        for (int i = 0; i < terms.size(); i++) {
            JsonObject term = HsdsTaxonomies.term(terms.get(i), false);
            attributes.add(HsdsJson.object()
                    .put("id", HsdsIds.part(serviceId, "attribute", i).toString())
                    .put("link_id", serviceId)
                    .put("taxonomy_term_id", term.getString("id"))
                    .put("link_entity", "service")
                    .put("taxonomy_term", term)
                    .build());
        }
        return attributes;
    }

    /**
     * A service's presence at one of its places as {@code compiled/service_at_location.json}: the place, its hours
     * there, and the service (full, with its organization, without its other places).
     */
    public static JsonObject serviceAtLocation(SocialService service, ServiceLocation location) {
        return HsdsLocations.serviceAtLocation(
                        location, service.getHsdsId(), service.getOrganization().getHsdsId())
                .put("service", full(service, true, false))
                .build();
    }

    /**
     * The same as {@code service_at_location_list.json}: ids, the place's and the service's one-to-one fields (the
     * service with its organization's).
     */
    public static JsonObject serviceAtLocationListItem(SocialService service, ServiceLocation location) {
        String organizationId = service.getOrganization().getHsdsId();
        return HsdsJson.object()
                .put("id", HsdsLocations.serviceAtLocationId(location))
                .put("service_id", service.getHsdsId())
                .put("location_id", location.getHsdsId())
                .put("location", HsdsLocations.locationListItem(location, organizationId))
                .put("service", listItem(service, true))
                .build();
    }
}
