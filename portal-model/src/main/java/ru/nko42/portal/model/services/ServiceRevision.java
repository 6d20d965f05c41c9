package ru.nko42.portal.model.services;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.BaseEntity;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.RevisionState;

/**
 * One version of a social service listing, on its way from draft through moderation to the public search, as
 * profiles go: numbered per service and never deleted. It holds the whole listing (HSDS service with its locations,
 * phones, cost options, required documents, languages and service areas) and the 442-ФЗ forms and types and the
 * recipient categories it is filed under.
 */
@Entity
@Table(name = "social_service_revision")
@NamedQuery(
        name = ServiceRevision.FIND_BY_SERVICE,
        query = "SELECT r FROM ServiceRevision r WHERE r.service = :service ORDER BY r.number DESC")
@NamedQuery(
        name = ServiceRevision.DECIDE,
        query = "UPDATE ServiceRevision r SET r.state = :state, r.version = r.version + 1"
                + " WHERE r.id = :id AND r.state = ru.nko42.portal.model.directory.RevisionState.PENDING")
public class ServiceRevision extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_SERVICE = "ServiceRevision.findByService";
    public static final String DECIDE = "ServiceRevision.decide";
    public static final int REASON_LENGTH = 2000;
    public static final int DOCUMENT_LENGTH = 300;
    public static final int LANGUAGE_LENGTH = 10;
    public static final int MOST_LOCATIONS = 20;
    public static final int MOST_PHONES = 10;
    public static final int MOST_COST_OPTIONS = 20;
    public static final int MOST_DOCUMENTS = 30;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id", nullable = false, updatable = false)
    private SocialService service;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private RevisionState state = RevisionState.DRAFT;

    @Valid
    @NotNull
    @Embedded
    private ServiceDetails details = new ServiceDetails();

    @ManyToMany
    @JoinTable(
            name = "social_service_revision_form",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "form_id"))
    @OrderBy("position")
    private Set<SocialServiceForm> forms = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "social_service_revision_type",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "type_id"))
    @OrderBy("position")
    private Set<SocialServiceType> types = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "social_service_revision_category",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    @OrderBy("position")
    private Set<RecipientCategory> categories = new LinkedHashSet<>();

    /** The municipalities whose people it serves (HSDS service_area), besides those of its locations. */
    @ManyToMany
    @JoinTable(
            name = "social_service_revision_area",
            joinColumns = @JoinColumn(name = "revision_id"),
            inverseJoinColumns = @JoinColumn(name = "municipality_id"))
    @OrderBy("nameRu")
    private Set<Municipality> serviceAreas = new LinkedHashSet<>();

    /** ISO 639 codes of the languages it is given in (HSDS language); Russian Sign Language is "rsl". */
    @ElementCollection
    @CollectionTable(name = "social_service_revision_language", joinColumns = @JoinColumn(name = "revision_id"))
    @Column(name = "code", nullable = false, length = LANGUAGE_LENGTH)
    @OrderBy
    private Set<@NotNull @Size(max = LANGUAGE_LENGTH) String> languages = new LinkedHashSet<>();

    /** What to bring (HSDS required_document), in the member's order. */
    @ElementCollection
    @CollectionTable(name = "social_service_revision_document", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Column(name = "document", nullable = false, length = DOCUMENT_LENGTH)
    @Size(max = MOST_DOCUMENTS)
    private List<@NotNull @Size(max = DOCUMENT_LENGTH) String> documents = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "social_service_revision_phone", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Size(max = MOST_PHONES)
    private List<ServicePhone> phones = new ArrayList<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "social_service_revision_cost", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    @Size(max = MOST_COST_OPTIONS)
    private List<CostOption> costOptions = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderColumn(name = "position")
    @Size(max = MOST_LOCATIONS)
    private List<ServiceLocation> locations = new ArrayList<>();

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_editor_id")
    private Account lastEditor;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Account decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Size(max = REASON_LENGTH)
    @Column(name = "decision_reason", length = REASON_LENGTH)
    private String decisionReason;

    protected ServiceRevision() {}

    public ServiceRevision(SocialService service, int number, Account author) {
        this.service = service;
        this.number = number;
        this.author = author;
        this.lastEditor = author;
    }

    /** A new draft that starts from this revision's content, its locations copied. */
    public ServiceRevision nextDraft(Account author) {
        ServiceRevision next = new ServiceRevision(service, number + 1, author);
        next.copyContentFrom(this);
        return next;
    }

    /** Takes over the content of another revision (an edit, or the start of a new draft). */
    public void copyContentFrom(ServiceRevision source) {
        details = source.details.copy();
        forms = new LinkedHashSet<>(source.forms);
        types = new LinkedHashSet<>(source.types);
        categories = new LinkedHashSet<>(source.categories);
        serviceAreas = new LinkedHashSet<>(source.serviceAreas);
        languages = new LinkedHashSet<>(source.languages);
        documents = new ArrayList<>(source.documents);
        phones = new ArrayList<>(source.phones);
        costOptions = new ArrayList<>(source.costOptions);
        locations.clear();
        for (ServiceLocation location : source.locations) {
            locations.add(location.copyFor(this));
        }
    }

    public void editedBy(Account editor) {
        this.lastEditor = editor;
    }

    public void submitted(Instant at) {
        this.state = RevisionState.PENDING;
        this.submittedAt = at;
        this.decisionReason = null;
    }

    public void withdrawn() {
        this.state = RevisionState.DRAFT;
        this.submittedAt = null;
    }

    public void decided(RevisionState outcome, Account moderator, Instant at, String reason) {
        this.state = outcome;
        this.decidedBy = moderator;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public void superseded() {
        this.state = RevisionState.SUPERSEDED;
    }

    /** A place added at the end of the list. */
    public ServiceLocation addLocation(String address, Municipality municipality) {
        ServiceLocation location = new ServiceLocation(this, address, municipality);
        locations.add(location);
        return location;
    }

    /**
     * Whether a wheelchair user can get the service: it comes to the home, or every place it is given at has step-free
     * access (and there is at least one).
     */
    public boolean isWheelchairAccessible() {
        if (forms.stream().anyMatch(form -> SocialServiceForm.HOME.equals(form.getCode()))) {
            return true;
        }
        return !locations.isEmpty() && locations.stream().allMatch(ServiceLocation::isWheelchairAccessible);
    }

    public SocialService getService() {
        return service;
    }

    public int getNumber() {
        return number;
    }

    public RevisionState getState() {
        return state;
    }

    public ServiceDetails getDetails() {
        return details;
    }

    public void setDetails(ServiceDetails details) {
        this.details = details;
    }

    public Set<SocialServiceForm> getForms() {
        return forms;
    }

    public void setForms(Set<SocialServiceForm> forms) {
        this.forms = new LinkedHashSet<>(forms);
    }

    public Set<SocialServiceType> getTypes() {
        return types;
    }

    public void setTypes(Set<SocialServiceType> types) {
        this.types = new LinkedHashSet<>(types);
    }

    public Set<RecipientCategory> getCategories() {
        return categories;
    }

    public void setCategories(Set<RecipientCategory> categories) {
        this.categories = new LinkedHashSet<>(categories);
    }

    public Set<Municipality> getServiceAreas() {
        return serviceAreas;
    }

    public void setServiceAreas(Set<Municipality> serviceAreas) {
        this.serviceAreas = new LinkedHashSet<>(serviceAreas);
    }

    public Set<String> getLanguages() {
        return languages;
    }

    public void setLanguages(Set<String> languages) {
        this.languages = new LinkedHashSet<>(languages);
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = new ArrayList<>(documents);
    }

    public List<ServicePhone> getPhones() {
        return phones;
    }

    public void setPhones(List<ServicePhone> phones) {
        this.phones = new ArrayList<>(phones);
    }

    public List<CostOption> getCostOptions() {
        return costOptions;
    }

    public void setCostOptions(List<CostOption> costOptions) {
        this.costOptions = new ArrayList<>(costOptions);
    }

    public List<ServiceLocation> getLocations() {
        return locations;
    }

    public Account getAuthor() {
        return author;
    }

    public Account getLastEditor() {
        return lastEditor;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Account getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
