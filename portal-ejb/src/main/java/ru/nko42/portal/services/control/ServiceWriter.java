package ru.nko42.portal.services.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.services.CostOption;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.ServiceDetails;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;
import ru.nko42.portal.services.boundary.CostRow;
import ru.nko42.portal.services.boundary.InvalidServiceException;
import ru.nko42.portal.services.boundary.LocationForm;
import ru.nko42.portal.services.boundary.PhoneRow;
import ru.nko42.portal.services.boundary.ServiceForm;

/**
 * Puts a checked listing form into a revision: trims the text, drops empty rows, resolves the codes (only entries
 * still offered), checks every rule of a field and across fields, and refuses the whole form with one problem per
 * field if anything is wrong, so nothing is half saved.
 */
@Dependent
public class ServiceWriter {

    /** The box around the Kemerovo region, with a margin: a point outside it is a slip of the mouse. */
    static final double SOUTH = 51.5;

    static final double NORTH = 57.5;
    static final double WEST = 83.5;
    static final double EAST = 90.5;

    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ()\\-]{5,30}( *(доб\\.?|ext\\.?) *[0-9]{1,6})?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Validator validator;

    public void write(ServiceForm form, ServiceRevision revision, Account editor) {
        List<FieldProblem> problems = new ArrayList<>();
        ServiceDetails details = details(form, problems);
        Set<SocialServiceForm> forms = resolve(SocialServiceForm.class, form.getForms(), "forms", problems);
        Set<SocialServiceType> types = resolve(SocialServiceType.class, form.getTypes(), "types", problems);
        Set<RecipientCategory> categories =
                resolve(RecipientCategory.class, form.getCategories(), "categories", problems);
        Set<Municipality> areas = new LinkedHashSet<>();
        for (String code : form.getServiceAreas()) {
            Municipality municipality = municipality(code);
            if (municipality == null) {
                problems.add(FieldProblem.of("serviceAreas", "service.error.reference.unknown"));
            } else {
                areas.add(municipality);
            }
        }
        Set<String> languages = languages(form.getLanguages(), problems);
        List<String> documents = documents(form.getDocuments(), problems);
        List<ServicePhone> phones = phones(form.getPhones(), problems);
        List<CostOption> costs = costs(form, problems);
        List<LocationDraft> locations = locations(form.getLocations(), problems);
        details.setScheduleJson(ScheduleForms.toJson(form.getSchedule(), "schedule", problems));
        if (!problems.isEmpty()) {
            throw new InvalidServiceException(problems);
        }
        revision.setDetails(details);
        revision.setForms(forms);
        revision.setTypes(types);
        revision.setCategories(categories);
        revision.setServiceAreas(areas);
        revision.setLanguages(languages);
        revision.setDocuments(documents);
        revision.setPhones(phones);
        revision.setCostOptions(costs);
        revision.getLocations().clear();
        for (LocationDraft draft : locations) {
            ServiceLocation location = revision.addLocation(draft.form().getAddress(), draft.municipality());
            LocationForm typed = draft.form();
            location.setName(typed.getName());
            location.setLatitude(typed.getLatitude());
            location.setLongitude(typed.getLongitude());
            location.setWheelchairAccessible(typed.isWheelchairAccessible());
            location.setAccessibility(typed.getAccessibility());
            location.setTransportation(typed.getTransportation());
            location.setScheduleJson(draft.scheduleJson());
        }
        revision.editedBy(editor);
    }

    private ServiceDetails details(ServiceForm form, List<FieldProblem> problems) {
        ServiceDetails d = new ServiceDetails();
        d.setName(TextCleaner.text(form.getName()));
        d.setDescription(TextCleaner.text(form.getDescription()));
        d.setHowToApply(TextCleaner.text(form.getHowToApply()));
        d.setEligibility(TextCleaner.text(form.getEligibility()));
        d.setMinimumAge(form.getMinimumAge());
        d.setMaximumAge(form.getMaximumAge());
        d.setFee(form.getFee() == null ? FeeKind.FREE : form.getFee());
        d.setFeesDescription(TextCleaner.text(form.getFeesDescription()));
        d.setCapacity(form.getCapacity());
        d.setFreePlaces(form.getFreePlaces());
        d.setEmail(TextCleaner.text(form.getEmail()));
        d.setUrl(TextCleaner.text(form.getUrl()));
        for (ConstraintViolation<ServiceDetails> violation : validator.validate(d)) {
            problems.add(FieldProblem.constraint(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (d.getMinimumAge() != null && d.getMaximumAge() != null && d.getMinimumAge() > d.getMaximumAge()) {
            problems.add(FieldProblem.of("maximumAge", "service.error.ages"));
        }
        if (d.getFreePlaces() != null && d.getCapacity() != null && d.getFreePlaces() > d.getCapacity()) {
            problems.add(FieldProblem.of("freePlaces", "service.error.freePlaces"));
        }
        if (d.getUrl() != null && !WEB_ADDRESS.matcher(d.getUrl()).matches()) {
            problems.add(FieldProblem.of("url", "service.error.url"));
        }
        return d;
    }

    private Set<String> languages(List<String> codes, List<FieldProblem> problems) {
        Set<String> languages = new LinkedHashSet<>();
        for (String typed : codes) {
            String code = TextCleaner.text(typed);
            if (code == null) {
                continue;
            }
            code = code.toLowerCase(Locale.ROOT);
            if (!LANGUAGE.matcher(code).matches()) {
                problems.add(FieldProblem.of("languages", "service.error.reference.unknown"));
            } else {
                languages.add(code);
            }
        }
        return languages;
    }

    private static List<String> documents(List<String> typed, List<FieldProblem> problems) {
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            String document = TextCleaner.text(typed.get(i));
            if (document == null) {
                continue;
            }
            if (document.length() > ServiceRevision.DOCUMENT_LENGTH) {
                problems.add(FieldProblem.of("documents[" + i + "]", "service.error.tooLong"));
            }
            documents.add(document);
        }
        if (documents.size() > ServiceRevision.MOST_DOCUMENTS) {
            problems.add(FieldProblem.of("documents", "service.error.tooMany"));
        }
        return documents;
    }

    private List<ServicePhone> phones(List<PhoneRow> rows, List<FieldProblem> problems) {
        List<ServicePhone> phones = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String number = TextCleaner.text(rows.get(i).getNumber());
            String description = TextCleaner.text(rows.get(i).getDescription());
            if (number == null && description == null) {
                continue;
            }
            String field = "phones[" + i + "]";
            if (number == null) {
                problems.add(FieldProblem.of(field + ".number", "service.error.phone.required"));
                continue;
            }
            if (!PHONE.matcher(number).matches()) {
                problems.add(FieldProblem.of(field + ".number", "service.error.phone.format"));
            }
            ServicePhone phone = new ServicePhone(number, description);
            violations(phone, field, problems);
            phones.add(phone);
        }
        if (phones.size() > ServiceRevision.MOST_PHONES) {
            problems.add(FieldProblem.of("phones", "service.error.tooMany"));
        }
        return phones;
    }

    private List<CostOption> costs(ServiceForm form, List<FieldProblem> problems) {
        List<CostOption> costs = new ArrayList<>();
        List<CostRow> rows = form.getCostOptions();
        for (int i = 0; i < rows.size(); i++) {
            String option = TextCleaner.text(rows.get(i).getOption());
            BigDecimal amount = rows.get(i).getAmount();
            if (option == null && amount == null) {
                continue;
            }
            String field = "costOptions[" + i + "]";
            if (option == null) {
                problems.add(FieldProblem.of(field + ".option", "service.error.costOption.required"));
                continue;
            }
            CostOption cost = new CostOption(option, amount);
            violations(cost, field, problems);
            costs.add(cost);
        }
        FeeKind fee = form.getFee() == null ? FeeKind.FREE : form.getFee();
        if (fee == FeeKind.FREE && !costs.isEmpty()) {
            problems.add(FieldProblem.of("costOptions", "service.error.costOptions.free"));
        } else if (fee != FeeKind.FREE && costs.isEmpty()) {
            problems.add(FieldProblem.of("costOptions", "service.error.costOptions.required"));
        }
        if (costs.size() > ServiceRevision.MOST_COST_OPTIONS) {
            problems.add(FieldProblem.of("costOptions", "service.error.tooMany"));
        }
        return costs;
    }

    private List<LocationDraft> locations(List<LocationForm> forms, List<FieldProblem> problems) {
        List<LocationDraft> drafts = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            LocationForm typed = forms.get(i);
            String field = "locations[" + i + "]";
            typed.setName(TextCleaner.text(typed.getName()));
            typed.setAddress(TextCleaner.text(typed.getAddress()));
            typed.setAccessibility(TextCleaner.text(typed.getAccessibility()));
            typed.setTransportation(TextCleaner.text(typed.getTransportation()));
            if (typed.getAddress() == null) {
                problems.add(FieldProblem.of(field + ".address", "service.error.address.required"));
            }
            tooLong(typed.getName(), ServiceLocation.NAME_LENGTH, field + ".name", problems);
            tooLong(typed.getAddress(), ServiceLocation.ADDRESS_LENGTH, field + ".address", problems);
            tooLong(typed.getAccessibility(), ServiceLocation.ACCESSIBILITY_LENGTH, field + ".accessibility", problems);
            tooLong(typed.getTransportation(), ServiceLocation.TRANSPORT_LENGTH, field + ".transportation", problems);
            Municipality municipality = municipality(typed.getMunicipality());
            if (municipality == null) {
                problems.add(FieldProblem.of(field + ".municipality", "service.error.municipality.required"));
            }
            Double lat = typed.getLatitude();
            Double lon = typed.getLongitude();
            if ((lat == null) != (lon == null)) {
                problems.add(FieldProblem.of(field + ".latitude", "service.error.point.incomplete"));
            } else if (lat != null && (lat < SOUTH || lat > NORTH || lon < WEST || lon > EAST)) {
                problems.add(FieldProblem.of(field + ".latitude", "service.error.point.outside"));
            }
            String json = ScheduleForms.toJson(typed.getSchedule(), field + ".schedule", problems);
            drafts.add(new LocationDraft(typed, municipality, json));
        }
        if (drafts.size() > ServiceRevision.MOST_LOCATIONS) {
            problems.add(FieldProblem.of("locations", "service.error.tooMany"));
        }
        return drafts;
    }

    private record LocationDraft(LocationForm form, Municipality municipality, String scheduleJson) {}

    private <T> void violations(T value, String field, List<FieldProblem> problems) {
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            problems.add(FieldProblem.constraint(field + "." + violation.getPropertyPath(), violation.getMessage()));
        }
    }

    private static void tooLong(String value, int limit, String field, List<FieldProblem> problems) {
        if (value != null && value.length() > limit) {
            problems.add(FieldProblem.of(field, "service.error.tooLong"));
        }
    }

    private Municipality municipality(String code) {
        String cleaned = TextCleaner.text(code);
        if (cleaned == null) {
            return null;
        }
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", cleaned)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private <E extends ReferenceEntry> Set<E> resolve(
            Class<E> type, List<String> codes, String field, List<FieldProblem> problems) {
        Set<E> entries = new LinkedHashSet<>();
        for (String code : codes) {
            E entry = em.createQuery(
                            "SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code AND e.active = TRUE",
                            type)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (entry == null) {
                problems.add(FieldProblem.of(field, "service.error.reference.unknown"));
            } else {
                entries.add(entry);
            }
        }
        return entries;
    }
}
