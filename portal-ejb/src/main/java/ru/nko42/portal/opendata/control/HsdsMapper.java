package ru.nko42.portal.opendata.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.services.CostOption;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.opendata.control.PortalVocabulary.Taxonomy;
import ru.nko42.portal.opendata.control.PortalVocabulary.Term;
import ru.nko42.portal.services.boundary.CostRow;
import ru.nko42.portal.services.boundary.LocationForm;
import ru.nko42.portal.services.boundary.PhoneRow;
import ru.nko42.portal.services.boundary.ServiceForm;
import ru.nko42.portal.services.control.ScheduleForms;

/**
 * Turns HSDS 3.0 documents into the forms members fill in, so that an imported record passes the same writers and
 * rules as a typed one. What HSDS does not carry (activity areas, a logo, the places left) is kept from the record's
 * current revision. What the portal cannot hold is left out rather than refused: a point outside Kuzbass (the
 * specification's own examples have none inside), virtual places, the quotes some publishers put around phone
 * numbers; secondary texts longer than the portal keeps (a phone's or price's description, accessibility notes)
 * are shortened with an ellipsis. A place or area naming no municipality of Kuzbass takes the default one.
 */
@Dependent
public class HsdsMapper {

    private static final String ROUBLES = "RUB";

    /** The box around the Kemerovo region the portal's writers accept a point in. */
    private static final double SOUTH = 51.5;

    private static final double NORTH = 57.5;
    private static final double WEST = 83.5;
    private static final double EAST = 90.5;
    private static final String ELLIPSIS = "…";

    @Inject
    PortalVocabulary vocabulary;

    /** A service's form, with the HSDS ids of its places (null where the record gave none), in the form's order. */
    public record MappedService(ServiceForm form, List<UUID> locationIds) {}

    /**
     * The profile form of an organization record, over the current revision (null for a new organization). The
     * municipality is that of its first place naming one, else {@code defaultMunicipality} (which may be null).
     */
    public ProfileForm organization(JsonObject json, OrganizationRevision current, String defaultMunicipality) {
        // HSDS carries no kind of member: a new organization is an NGO, an existing one stays what it is
        ProfileForm form = new ProfileForm();
        OrganizationDetails d = current == null
                ? new OrganizationDetails()
                : current.getDetails().copy();
        if (current == null) {
            d.setKind(OrganizationKind.NGO);
        } else {
            form.setActivityAreas(codes(current.getActivityAreas()));
            form.setTargetGroups(codes(current.getTargetGroups()));
            form.setLogoKey(current.getLogoKey());
        }
        d.setFullName(text(json, "name"));
        d.setShortName(text(json, "alternate_name"));
        d.setDescription(text(json, "description"));
        d.setEmail(text(json, "email"));
        d.setWebsite(text(json, "website"));
        Integer year = integer(json, "year_incorporated");
        if (year != null || current == null) {
            d.setYearFounded(year);
        }
        // the registration numbers identify the organization: a record without them keeps those it has
        String inn = identifier(json, "RU-INN");
        if (inn == null && digits(text(json, "tax_id"))) {
            inn = text(json, "tax_id");
        }
        if (inn != null) {
            d.setInn(inn);
        }
        String ogrn = identifier(json, "RU-OGRN");
        if (ogrn != null) {
            d.setOgrn(ogrn);
        }
        String kpp = identifier(json, "RU-KPP");
        if (kpp != null) {
            d.setKpp(kpp);
        }
        d.setPhone(objects(json, "phones").stream()
                .map(phone -> phoneNumber(text(phone, "number")))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(current == null ? null : d.getPhone()));
        List<JsonObject> locations =
                objects(json, "locations").stream().filter(HsdsMapper::physical).toList();
        List<JsonObject> addresses = locations.stream()
                .flatMap(location -> objects(location, "addresses").stream())
                .toList();
        if (!addresses.isEmpty()) {
            d.setPostalAddress(address(addresses.get(0)));
        }
        d.setLatitude(null);
        d.setLongitude(null);
        for (JsonObject location : locations) {
            Double lat = decimal(location, "latitude");
            Double lon = decimal(location, "longitude");
            if (insideKuzbass(lat, lon)) {
                d.setLatitude(lat);
                d.setLongitude(lon);
                break;
            }
        }
        form.setDetails(d);
        form.setLegalForm(
                current != null && current.getLegalForm() != null && text(json, "legal_status") == null
                        ? current.getLegalForm().getCode()
                        : vocabulary.legalForm(text(json, "legal_status")));
        form.setMunicipality(vocabulary
                .municipality(addresses.stream().flatMap(HsdsMapper::places).toList())
                .orElse(defaultMunicipality));
        return form;
    }

    /** The listing form of a service record, over the current revision (null for a new service). */
    public MappedService service(JsonObject json, ServiceRevision current, String defaultMunicipality) {
        ServiceForm form = new ServiceForm();
        form.setName(text(json, "name"));
        form.setDescription(text(json, "description"));
        form.setHowToApply(text(json, "application_process"));
        form.setEligibility(text(json, "eligibility_description"));
        form.setMinimumAge(integer(json, "minimum_age"));
        form.setMaximumAge(integer(json, "maximum_age"));
        String fees = text(json, "fees_description");
        form.setFeesDescription(fees != null ? fees : text(json, "fees"));
        form.setEmail(text(json, "email"));
        form.setUrl(text(json, "url"));
        if (current != null) {
            form.setCapacity(current.getDetails().getCapacity());
            form.setFreePlaces(current.getDetails().getFreePlaces());
        }
        List<CostRow> costs = new ArrayList<>();
        int inOtherCurrencies = 0;
        for (JsonObject cost : objects(json, "cost_options")) {
            String option = Stream.of(text(cost, "option"), text(cost, "amount_description"))
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            BigDecimal amount = number(cost, "amount");
            String currency = text(cost, "currency");
            if (amount != null && currency != null && !currency.equalsIgnoreCase(ROUBLES)) {
                // the portal's prices are in roubles: another currency's price stays as text, never as roubles
                String price = amount.toPlainString() + " " + currency.toUpperCase(Locale.ROOT);
                option = option == null ? price : option + " — " + price;
                amount = null;
                inOtherCurrencies++;
            }
            if (option != null || amount != null) {
                costs.add(new CostRow(fit(option == null ? "—" : option, CostOption.OPTION_LENGTH), amount));
            }
        }
        form.setCostOptions(costs);
        form.setFee(feeKind(costs, inOtherCurrencies));
        List<Term> terms = terms(json);
        form.setTypes(keptOrMatched(Taxonomy.TYPES, terms, current == null ? null : codes(current.getTypes())));
        form.setForms(keptOrMatched(Taxonomy.FORMS, terms, current == null ? null : codes(current.getForms())));
        form.setCategories(
                keptOrMatched(Taxonomy.CATEGORIES, terms, current == null ? null : codes(current.getCategories())));
        List<String> areas = new ArrayList<>();
        List<JsonObject> serviceAreas = objects(json, "service_areas");
        for (JsonObject area : serviceAreas) {
            Optional<String> code =
                    vocabulary.municipality(Stream.of(text(area, "id"), text(area, "name"), text(area, "description"))
                            .filter(Objects::nonNull)
                            .toList());
            code.filter(found -> !areas.contains(found)).ifPresent(areas::add);
        }
        if (areas.isEmpty() && !serviceAreas.isEmpty() && defaultMunicipality != null) {
            areas.add(defaultMunicipality);
        }
        form.setServiceAreas(areas);
        form.setLanguages(objects(json, "languages").stream()
                .map(language -> text(language, "code"))
                .filter(Objects::nonNull)
                .map(code -> code.toLowerCase(Locale.ROOT))
                .filter(code -> code.matches("[a-z]{2,3}"))
                .distinct()
                .toList());
        form.setDocuments(objects(json, "required_documents").stream()
                .map(document -> text(document, "document"))
                .filter(Objects::nonNull)
                .map(document -> fit(document, ServiceRevision.DOCUMENT_LENGTH))
                .toList());
        form.setPhones(phones(objects(json, "phones")));
        form.setSchedule(ScheduleForms.fromJson(schedules(json)));
        List<UUID> locationIds = new ArrayList<>();
        for (JsonObject at : objects(json, "service_at_locations")) {
            JsonObject location = object(at, "location");
            if (location == null || !physical(location)) {
                continue;
            }
            LocationForm place = form.addLocation();
            place.setName(fit(text(location, "name"), ServiceLocation.NAME_LENGTH));
            List<JsonObject> addresses = objects(location, "addresses");
            String address = addresses.isEmpty() ? null : address(addresses.get(0));
            place.setAddress(address != null ? address : text(location, "name"));
            place.setMunicipality(vocabulary
                    .municipality(addresses.stream().flatMap(HsdsMapper::places).toList())
                    .orElse(defaultMunicipality));
            Double lat = decimal(location, "latitude");
            Double lon = decimal(location, "longitude");
            if (insideKuzbass(lat, lon)) {
                place.setLatitude(lat);
                place.setLongitude(lon);
            }
            String accessibility = objects(location, "accessibility").stream()
                    .flatMap(item -> Stream.of(text(item, "description"), text(item, "details")))
                    .filter(Objects::nonNull)
                    .reduce((a, b) -> a + " " + b)
                    .orElse(null);
            place.setAccessibility(fit(accessibility, ServiceLocation.ACCESSIBILITY_LENGTH));
            place.setWheelchairAccessible(accessibility != null
                    && accessibility.toLowerCase(Locale.ROOT).matches("(?s).*(wheelchair|колясоч|маломобил).*"));
            place.setTransportation(fit(text(location, "transportation"), ServiceLocation.TRANSPORT_LENGTH));
            String hours = schedules(at);
            place.setSchedule(ScheduleForms.fromJson(hours != null ? hours : schedules(location)));
            locationIds.add(uuid(text(location, "id")));
        }
        return new MappedService(form, locationIds);
    }

    /** The organization a service record names, by {@code organization_id}. */
    public static String organizationId(JsonObject service) {
        return text(service, "organization_id");
    }

    /** A text as a UUID, or null if it is none. */
    public static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }

    private List<String> keptOrMatched(Taxonomy taxonomy, List<Term> terms, List<String> kept) {
        List<String> matched = vocabulary.codes(taxonomy, terms);
        return matched.isEmpty() && kept != null ? kept : matched;
    }

    /** The fee of the costs, of which so many are prices in another currency than roubles (no amount here). */
    private static FeeKind feeKind(List<CostRow> costs, int inOtherCurrencies) {
        if (costs.isEmpty()) {
            return FeeKind.FREE;
        }
        long free = costs.stream()
                        .filter(row ->
                                row.getAmount() == null || row.getAmount().signum() == 0)
                        .count()
                - inOtherCurrencies;
        return free > 0 ? FeeKind.PARTLY_PAID : FeeKind.PAID;
    }

    private static List<Term> terms(JsonObject json) {
        List<Term> terms = new ArrayList<>();
        for (JsonObject attribute : objects(json, "attributes")) {
            JsonObject term = object(attribute, "taxonomy_term");
            if (term != null) {
                JsonObject detail = object(term, "taxonomy_detail");
                String taxonomy = text(term, "taxonomy");
                if (taxonomy == null && detail != null) {
                    taxonomy = text(detail, "name");
                }
                terms.add(new Term(
                        Optional.ofNullable(text(term, "id")).orElse(text(attribute, "taxonomy_term_id")),
                        text(term, "code"),
                        text(term, "name"),
                        taxonomy));
            } else if (text(attribute, "taxonomy_term_id") != null) {
                terms.add(new Term(text(attribute, "taxonomy_term_id"), null, null, null));
            }
        }
        return terms;
    }

    private static List<PhoneRow> phones(List<JsonObject> phones) {
        List<PhoneRow> rows = new ArrayList<>();
        for (JsonObject phone : phones) {
            String number = phoneNumber(text(phone, "number"));
            if (number == null) {
                continue;
            }
            Integer extension = integer(phone, "extension");
            if (extension != null) {
                number = number + " доб. " + extension;
            }
            rows.add(new PhoneRow(number, fit(text(phone, "description"), ServicePhone.DESCRIPTION_LENGTH)));
        }
        return rows;
    }

    /** The number without what is not part of one (the quotes of the specification's examples). */
    private static String phoneNumber(String typed) {
        if (typed == null) {
            return null;
        }
        String cleaned = typed.replaceAll("[^0-9+() \\-]", " ").strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String schedules(JsonObject json) {
        JsonValue value = json.get("schedules");
        if (value == null
                || value.getValueType() != JsonValue.ValueType.ARRAY
                || value.asJsonArray().isEmpty()) {
            return null;
        }
        return value.toString();
    }

    private static String identifier(JsonObject json, String scheme) {
        return objects(json, "organization_identifiers").stream()
                .filter(id -> scheme.equalsIgnoreCase(text(id, "identifier_scheme")))
                .map(id -> text(id, "identifier"))
                .filter(Objects::nonNull)
                .map(id -> id.replaceAll("\\s+", ""))
                .findFirst()
                .orElse(null);
    }

    private static boolean physical(JsonObject location) {
        String type = text(location, "location_type");
        return type == null || !"virtual".equalsIgnoreCase(type);
    }

    private static String address(JsonObject address) {
        return Stream.of("address_1", "address_2", "city", "region", "state_province", "postal_code")
                .map(field -> text(address, field))
                .filter(Objects::nonNull)
                .reduce((a, b) -> a + ", " + b)
                .orElse(null);
    }

    /** What of an address may name a municipality, most specific first. */
    private static Stream<String> places(JsonObject address) {
        return Stream.of("city", "region", "address_2", "state_province")
                .map(field -> text(address, field))
                .filter(Objects::nonNull);
    }

    private static boolean insideKuzbass(Double lat, Double lon) {
        return lat != null && lon != null && lat >= SOUTH && lat <= NORTH && lon >= WEST && lon <= EAST;
    }

    private static boolean digits(String text) {
        return text != null && text.matches("[0-9]{10}|[0-9]{12}");
    }

    private static String fit(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        return text.substring(0, limit - 1).stripTrailing() + ELLIPSIS;
    }

    private static List<String> codes(java.util.Collection<? extends ReferenceEntry> entries) {
        return entries.stream().map(ReferenceEntry::getCode).toList();
    }

    static String text(JsonObject json, String field) {
        return HsdsRecord.text(json, field);
    }

    private static JsonObject object(JsonObject json, String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    private static List<JsonObject> objects(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        return array.stream()
                .filter(item -> item.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static BigDecimal number(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        String text = text(json, field);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException notNumber) {
            return null;
        }
    }

    private static Integer integer(JsonObject json, String field) {
        BigDecimal number = number(json, field);
        return number == null ? null : number.intValue();
    }

    private static Double decimal(JsonObject json, String field) {
        BigDecimal number = number(json, field);
        return number == null ? null : number.doubleValue();
    }
}
