package ru.nko42.portal.services.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.nko42.portal.model.services.FeeKind;

/**
 * A service listing as a member edits it: the texts, the vocabularies, service areas and languages by code, the
 * documents, phones, prices and places as rows, the service's own hours; and what the form started from (revision
 * and version), so that a save over someone else's newer save is noticed. The submission key makes a form for a new
 * service sent twice create one service.
 */
public class ServiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String description;
    private String howToApply;
    private String eligibility;
    private Integer minimumAge;
    private Integer maximumAge;
    private FeeKind fee = FeeKind.FREE;
    private String feesDescription;
    private Integer capacity;
    private Integer freePlaces;
    private String email;
    private String url;
    private List<String> forms = new ArrayList<>();
    private List<String> types = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private List<String> serviceAreas = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private List<String> documents = new ArrayList<>();
    private List<PhoneRow> phones = new ArrayList<>();
    private List<CostRow> costOptions = new ArrayList<>();
    private List<LocationForm> locations = new ArrayList<>();
    private ScheduleForm schedule = new ScheduleForm();
    private Long baseRevisionId;
    private long baseVersion;
    private String submissionKey = UUID.randomUUID().toString();

    /** The form now stands on the given revision: the next save is checked against it. */
    public void basedOn(long revisionId, long version) {
        this.baseRevisionId = revisionId;
        this.baseVersion = version;
    }

    public void addDocument() {
        documents.add("");
    }

    public void removeDocument(int index) {
        documents.remove(index);
    }

    public void addPhone() {
        phones.add(new PhoneRow());
    }

    public void removePhone(PhoneRow row) {
        phones.remove(row);
    }

    public void addCostOption() {
        costOptions.add(new CostRow());
    }

    public void removeCostOption(CostRow row) {
        costOptions.remove(row);
    }

    public LocationForm addLocation() {
        LocationForm location = new LocationForm();
        locations.add(location);
        return location;
    }

    public void removeLocation(LocationForm location) {
        locations.remove(location);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHowToApply() {
        return howToApply;
    }

    public void setHowToApply(String howToApply) {
        this.howToApply = howToApply;
    }

    public String getEligibility() {
        return eligibility;
    }

    public void setEligibility(String eligibility) {
        this.eligibility = eligibility;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public FeeKind getFee() {
        return fee;
    }

    public void setFee(FeeKind fee) {
        this.fee = fee;
    }

    public String getFeesDescription() {
        return feesDescription;
    }

    public void setFeesDescription(String feesDescription) {
        this.feesDescription = feesDescription;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getFreePlaces() {
        return freePlaces;
    }

    public void setFreePlaces(Integer freePlaces) {
        this.freePlaces = freePlaces;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getForms() {
        return forms;
    }

    public void setForms(List<String> forms) {
        this.forms = copy(forms);
    }

    public List<String> getTypes() {
        return types;
    }

    public void setTypes(List<String> types) {
        this.types = copy(types);
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = copy(categories);
    }

    public List<String> getServiceAreas() {
        return serviceAreas;
    }

    public void setServiceAreas(List<String> serviceAreas) {
        this.serviceAreas = copy(serviceAreas);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = copy(languages);
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = copy(documents);
    }

    public List<PhoneRow> getPhones() {
        return phones;
    }

    public void setPhones(List<PhoneRow> phones) {
        this.phones = phones == null ? new ArrayList<>() : new ArrayList<>(phones);
    }

    public List<CostRow> getCostOptions() {
        return costOptions;
    }

    public void setCostOptions(List<CostRow> costOptions) {
        this.costOptions = costOptions == null ? new ArrayList<>() : new ArrayList<>(costOptions);
    }

    public List<LocationForm> getLocations() {
        return locations;
    }

    public void setLocations(List<LocationForm> locations) {
        this.locations = locations == null ? new ArrayList<>() : new ArrayList<>(locations);
    }

    public ScheduleForm getSchedule() {
        return schedule;
    }

    public void setSchedule(ScheduleForm schedule) {
        this.schedule = schedule == null ? new ScheduleForm() : schedule;
    }

    public Long getBaseRevisionId() {
        return baseRevisionId;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    /** A new key: the form may create one more service (after the first one was created). */
    public void renewSubmissionKey() {
        this.submissionKey = UUID.randomUUID().toString();
    }

    /** A convenience for one price row. */
    public void addCostOption(String option, BigDecimal amount) {
        costOptions.add(new CostRow(option, amount));
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }
}
