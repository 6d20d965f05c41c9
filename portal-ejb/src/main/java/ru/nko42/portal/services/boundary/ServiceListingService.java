package ru.nko42.portal.services.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.CostOption;
import ru.nko42.portal.model.services.ServiceDetails;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.moderation.boundary.AlreadyDecidedException;
import ru.nko42.portal.services.control.ScheduleForms;
import ru.nko42.portal.services.control.ServiceModeration;
import ru.nko42.portal.services.control.ServiceRevisions;
import ru.nko42.portal.services.control.ServiceWriter;

/**
 * Representatives keep their organization's service listings (administrators may too): create one, save drafts,
 * submit them for moderation, withdraw a submission, take a published service out of the search. Every change is a
 * revision; the published one stays public until a moderator approves the next. Anyone else is told the
 * organization or service does not exist.
 */
@Stateless
@RolesAllowed({"MEMBER", "MODERATOR", "ADMIN", "EDITOR"})
public class ServiceListingService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    @Inject
    ServiceRevisions revisions;

    @Inject
    ServiceWriter writer;

    @Inject
    ServiceModeration moderation;

    @Inject
    AuditLog audit;

    /** The organization's services with where each stands, by name. */
    public List<MyService> services(long organizationId) {
        Organization organization = access.forRepresentative(organizationId);
        return em
                .createNamedQuery(SocialService.FIND_BY_ORGANIZATION, SocialService.class)
                .setParameter("organization", organization)
                .getResultList()
                .stream()
                .map(this::toMine)
                .toList();
    }

    /** Where one service stands, for its editor. */
    public MyService status(long serviceId) {
        return toMine(revisions.forRepresentative(serviceId));
    }

    /** An empty form for a new service of the organization, with one place in the organization's municipality. */
    public ServiceForm newForm(long organizationId) {
        Organization organization = access.forRepresentative(organizationId);
        ServiceForm form = new ServiceForm();
        LocationForm location = form.addLocation();
        if (organization.getMunicipality() != null) {
            location.setMunicipality(organization.getMunicipality().getCode());
        }
        return form;
    }

    /**
     * Creates a service of the organization from the form: its first revision, a draft, submitted at once if asked.
     * The same form sent twice creates one service.
     *
     * @throws InvalidServiceException with a problem per refused field
     */
    public SavedService create(long organizationId, ServiceForm form, boolean submit) {
        Organization organization = access.forRepresentative(organizationId);
        Account caller = access.caller();
        Optional<SocialService> sent = em.createNamedQuery(SocialService.FIND_BY_SUBMISSION, SocialService.class)
                .setParameter("key", form.getSubmissionKey())
                .getResultStream()
                .findFirst();
        if (sent.isPresent() && sent.get().getOrganization().equals(organization)) {
            return saved(revisions.latest(sent.get()));
        }
        SocialService service = new SocialService(organization, "-", form.getSubmissionKey());
        ServiceRevision revision = new ServiceRevision(service, 1, caller);
        writer.write(form, revision, caller);
        service.listFrom(revision);
        em.persist(service);
        em.persist(revision);
        if (submit) {
            moderation.submit(revision);
        }
        em.flush();
        audit.record(
                "service.create",
                AuditItem.SERVICE,
                service.getId(),
                null,
                Changes.of(
                        "organization", organizationId,
                        "revision", revision.getId(),
                        "state", revision.getState(),
                        "name", service.getName()));
        return saved(revision);
    }

    /** The listing as its representatives edit it now: the latest revision, whatever its state. */
    public ServiceForm editForm(long serviceId) {
        ServiceRevision latest = revisions.latest(revisions.forRepresentative(serviceId));
        ServiceForm form = toForm(latest);
        form.basedOn(latest.getId(), latest.getVersion());
        return form;
    }

    /**
     * Saves the form as the working draft: the latest revision itself while it is a draft or sent back for changes,
     * else a new revision (after a published or rejected one); a pending one is first withdrawn from the queue. The
     * published revision stays public. Submits it for moderation if asked.
     *
     * @throws ServiceChangedException if another person saved since the form was opened
     * @throws InvalidServiceException with a problem per refused field
     */
    public SavedService save(long serviceId, ServiceForm form, boolean submit) {
        SocialService service = revisions.forRepresentative(serviceId);
        Account caller = access.caller();
        ServiceRevision latest = revisions.latest(service);
        refuseIfChangedByOthers(form, latest, caller);
        RevisionState was = latest.getState();
        ServiceRevision working = latest;
        if (latest.getState() == RevisionState.PENDING) {
            moderation.withdraw(latest);
        } else if (!latest.getState().editable()) {
            working = latest.nextDraft(caller);
            em.persist(working);
        }
        writer.write(form, working, caller);
        if (service.getPublishedRevision() == null) {
            service.listFrom(working);
        }
        if (submit) {
            moderation.submit(working);
        }
        em.flush();
        audit.record(
                submit ? "service.revision.submit" : "service.revision.save",
                AuditItem.SERVICE,
                serviceId,
                Changes.of("revision", latest.getId(), "state", was),
                Changes.of("revision", working.getId(), "state", working.getState()));
        return saved(working);
    }

    /** Submits the latest revision as it was saved. */
    public SavedService submit(long serviceId) {
        SocialService service = revisions.forRepresentative(serviceId);
        ServiceRevision latest = revisions.latest(service);
        if (!latest.getState().editable()) {
            throw new AlreadyDecidedException();
        }
        moderation.submit(latest);
        em.flush();
        audit.record(
                "service.revision.submit",
                AuditItem.SERVICE,
                serviceId,
                Changes.of("revision", latest.getId(), "state", RevisionState.DRAFT),
                Changes.of("revision", latest.getId(), "state", latest.getState()));
        return saved(latest);
    }

    /** Takes a submitted revision back to draft, so it can be changed before a moderator sees it. */
    public SavedService withdraw(long serviceId) {
        SocialService service = revisions.forRepresentative(serviceId);
        ServiceRevision latest = revisions.latest(service);
        if (latest.getState() != RevisionState.PENDING) {
            throw new AlreadyDecidedException();
        }
        moderation.withdraw(latest);
        em.flush();
        audit.record(
                "service.revision.withdraw",
                AuditItem.SERVICE,
                serviceId,
                Changes.of("revision", latest.getId(), "state", RevisionState.PENDING),
                Changes.of("revision", latest.getId(), "state", latest.getState()));
        return saved(latest);
    }

    /**
     * Takes the organization's own published service out of the search, as archived: the service no longer runs. A
     * new approved revision brings it back.
     */
    public MyService archive(long serviceId) {
        SocialService service = revisions.forRepresentative(serviceId);
        if (service.getState() != PublicationState.PUBLISHED) {
            throw new InvalidInputException("service.error.notPublished");
        }
        moderation.withdrawFromPublic(service, PublicationState.ARCHIVED, access.caller(), null);
        return toMine(service);
    }

    private static void refuseIfChangedByOthers(ServiceForm form, ServiceRevision latest, Account caller) {
        boolean sameBase = form.getBaseRevisionId() != null
                && form.getBaseRevisionId().equals(latest.getId())
                && form.getBaseVersion() == latest.getVersion();
        if (sameBase) {
            return;
        }
        Account lastEditor = latest.getLastEditor() == null ? latest.getAuthor() : latest.getLastEditor();
        boolean ownLaterSave = lastEditor.equals(caller)
                && form.getBaseRevisionId() != null
                && (latest.getState().editable() || latest.getState() == RevisionState.PENDING);
        if (!ownLaterSave) {
            throw new ServiceChangedException(latest.getId(), latest.getVersion(), lastEditor.getDisplayName());
        }
    }

    private MyService toMine(SocialService service) {
        ServiceRevision latest = revisions.latest(service);
        return new MyService(
                service.getId(),
                service.getOrganization().getId(),
                service.getName(),
                service.getState(),
                latest.getState(),
                latest.getState() == RevisionState.PENDING,
                latest.getState().sentBack() ? latest.getDecisionReason() : null,
                service.getLastVerifiedAt());
    }

    /** The editor's form of a revision's content. */
    static ServiceForm toForm(ServiceRevision revision) {
        ServiceDetails d = revision.getDetails();
        ServiceForm form = new ServiceForm();
        form.setName(d.getName());
        form.setDescription(d.getDescription());
        form.setHowToApply(d.getHowToApply());
        form.setEligibility(d.getEligibility());
        form.setMinimumAge(d.getMinimumAge());
        form.setMaximumAge(d.getMaximumAge());
        form.setFee(d.getFee());
        form.setFeesDescription(d.getFeesDescription());
        form.setCapacity(d.getCapacity());
        form.setFreePlaces(d.getFreePlaces());
        form.setEmail(d.getEmail());
        form.setUrl(d.getUrl());
        form.setForms(codes(revision.getForms()));
        form.setTypes(codes(revision.getTypes()));
        form.setCategories(codes(revision.getCategories()));
        form.setServiceAreas(
                revision.getServiceAreas().stream().map(Municipality::getCode).toList());
        form.setLanguages(List.copyOf(revision.getLanguages()));
        form.setDocuments(revision.getDocuments());
        form.setPhones(revision.getPhones().stream()
                .map((ServicePhone p) -> new PhoneRow(p.getNumber(), p.getDescription()))
                .toList());
        form.setCostOptions(revision.getCostOptions().stream()
                .map((CostOption c) -> new CostRow(c.getOption(), c.getAmount()))
                .toList());
        for (ServiceLocation location : revision.getLocations()) {
            LocationForm typed = form.addLocation();
            typed.setName(location.getName());
            typed.setAddress(location.getAddress());
            typed.setMunicipality(location.getMunicipality().getCode());
            typed.setLatitude(location.getLatitude());
            typed.setLongitude(location.getLongitude());
            typed.setWheelchairAccessible(location.isWheelchairAccessible());
            typed.setAccessibility(location.getAccessibility());
            typed.setTransportation(location.getTransportation());
            typed.setSchedule(ScheduleForms.fromJson(location.getScheduleJson()));
        }
        form.setSchedule(ScheduleForms.fromJson(d.getScheduleJson()));
        return form;
    }

    private static List<String> codes(java.util.Collection<? extends ReferenceEntry> entries) {
        return entries.stream().map(ReferenceEntry::getCode).toList();
    }

    private static SavedService saved(ServiceRevision revision) {
        return new SavedService(
                revision.getService().getId(),
                revision.getService().getOrganization().getId(),
                revision.getId(),
                revision.getVersion(),
                revision.getState());
    }
}
