package ru.nko42.portal.opendata.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.directory.boundary.InvalidProfileException;
import ru.nko42.portal.directory.boundary.ProfileForm;
import ru.nko42.portal.directory.control.DetailsCleaner;
import ru.nko42.portal.directory.control.ProfileModeration;
import ru.nko42.portal.directory.control.ProfileRules;
import ru.nko42.portal.directory.control.Slug;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.directory.TargetGroup;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.opendata.boundary.ImportOutcome;
import ru.nko42.portal.opendata.boundary.RecordRefusedException;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;
import ru.nko42.portal.services.boundary.ServiceListingChanged;
import ru.nko42.portal.services.control.ServiceModeration;
import ru.nko42.portal.services.control.ServiceWriter;

/**
 * Imports one record in a transaction of its own, so a refused record leaves nothing behind and the others go in.
 * A record is matched by its HSDS id (an organization also by its ИНН or ОГРН), written into a new revision through
 * the portal's own rules (the profile's rules and Bean Validation, {@link ServiceWriter} for services), and compared
 * with the current revision: the same content is left alone. Otherwise the revision is published at once (approved
 * by the importing ADMIN) or submitted to the moderation queue ("profile", "service"), and audited as an import by
 * that ADMIN. An imported organization keeps the file's id as its HSDS id (a name-based UUID where the id is no
 * UUID), and so do its services and their places.
 *
 * <p>Imported organizations need no ИНН or ОГРН (open data from elsewhere rarely carries them); where given, they
 * are checked as the profile checks them.
 */
@Dependent
public class RecordImport {

    /** What a record came to. */
    public record Result(ImportOutcome outcome, long id) {}

    private static final Set<String> NOT_REQUIRED_OF_IMPORTS =
            Set.of("profile.error.inn.required", "profile.error.ogrn.required", "profile.error.kpp.required");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    HsdsMapper mapper;

    @Inject
    ServiceWriter serviceWriter;

    @Inject
    ProfileModeration profiles;

    @Inject
    ServiceModeration services;

    @Inject
    AuditLog audit;

    @Inject
    Event<OrganizationListingChanged> organizationChanged;

    @Inject
    Event<ServiceListingChanged> serviceChanged;

    Clock clock = Clock.systemUTC();

    /**
     * Imports an organization record.
     *
     * @throws RecordRefusedException, InvalidProfileException when it is refused; nothing is written then
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result organization(HsdsRecord record, ImportContext context) {
        Account actor = em.find(Account.class, context.actorId());
        UUID hsdsId = hsdsId(record.id());
        Organization organization = hsdsId == null ? null : find(Organization.class, hsdsId);
        OrganizationRevision latest = organization == null ? null : latestOf(organization);
        ProfileForm form = mapper.organization(record.json(), latest, context.defaultMunicipality());
        if (organization == null) {
            organization = byRegistration(form.getDetails());
            latest = organization == null ? null : latestOf(organization);
            if (organization != null) {
                form = mapper.organization(record.json(), latest, context.defaultMunicipality());
            }
        }
        if (form.getMunicipality() == null) {
            throw new RecordRefusedException("import.refused.municipality");
        }
        boolean created = organization == null;
        if (created) {
            organization = new Organization(
                    form.getDetails().getKind(),
                    String.valueOf(form.getDetails().getFullName()),
                    null);
            if (hsdsId != null) {
                organization.identifyAs(hsdsId);
            }
        }
        OrganizationRevision candidate =
                new OrganizationRevision(organization, latest == null ? 1 : latest.getNumber() + 1, actor);
        writeProfile(form, candidate, organization);
        if (latest != null
                && settled(latest.getState())
                && RevisionContent.of(latest).equals(RevisionContent.of(candidate))) {
            context.organizationImported(record.id(), organization.getId());
            return new Result(ImportOutcome.UNCHANGED, organization.getId());
        }
        if (latest != null && latest.getState() == RevisionState.PENDING) {
            profiles.withdraw(latest);
        }
        if (created) {
            organization.listFrom(candidate, Slug.of(candidate));
            em.persist(organization);
        }
        em.persist(candidate);
        // the organization and its revision point at each other once it is published: both are inserted first
        em.flush();
        if (context.publish()) {
            approve(candidate, actor);
            OrganizationRevision previous = organization.getPublishedRevision();
            if (previous != null) {
                previous.superseded();
            }
            organization.publish(candidate, Slug.of(candidate));
        } else {
            if (organization.getPublishedRevision() == null) {
                organization.listFrom(candidate, Slug.of(candidate));
            }
            profiles.submit(candidate);
        }
        em.flush();
        if (context.publish()) {
            organizationChanged.fire(new OrganizationListingChanged(organization.getId()));
        }
        audit.recordBy(
                actor,
                context.publish() ? "organization.import.publish" : "organization.import.submit",
                AuditItem.ORGANIZATION,
                organization.getId(),
                latest == null ? null : Changes.of("revision", latest.getId(), "state", latest.getState()),
                Changes.of(
                        "revision", candidate.getId(),
                        "state", candidate.getState(),
                        "name", candidate.getDetails().displayName(),
                        "hsdsId", organization.getHsdsId()));
        context.organizationImported(record.id(), organization.getId());
        return new Result(created ? ImportOutcome.CREATED : ImportOutcome.UPDATED, organization.getId());
    }

    /**
     * Imports a service record; its organization must be in the portal or earlier in the same import.
     *
     * @throws RecordRefusedException, InvalidServiceException when it is refused; nothing is written then
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result service(HsdsRecord record, ImportContext context) {
        Account actor = em.find(Account.class, context.actorId());
        Organization organization = organizationOf(record, context);
        UUID hsdsId = hsdsId(record.id());
        SocialService service = hsdsId == null ? null : find(SocialService.class, hsdsId);
        if (service != null && !service.getOrganization().equals(organization)) {
            throw new RecordRefusedException("import.refused.organization.other");
        }
        ServiceRevision latest = service == null ? null : latestOf(service);
        String municipality = context.defaultMunicipality() != null
                ? context.defaultMunicipality()
                : organization.getMunicipality().getCode();
        HsdsMapper.MappedService mapped = mapper.service(record.json(), latest, municipality);
        boolean created = service == null;
        if (created) {
            service =
                    new SocialService(organization, String.valueOf(mapped.form().getName()), null);
            if (hsdsId != null) {
                service.identifyAs(hsdsId);
            }
        }
        ServiceRevision candidate = new ServiceRevision(service, latest == null ? 1 : latest.getNumber() + 1, actor);
        serviceWriter.write(mapped.form(), candidate, actor);
        List<ServiceLocation> locations = candidate.getLocations();
        for (int i = 0; i < locations.size(); i++) {
            UUID given = mapped.locationIds().get(i);
            locations.get(i).identifyAs(given != null ? given : HsdsIds.part(service.getHsdsId(), "location", i));
        }
        if (latest != null
                && settled(latest.getState())
                && RevisionContent.of(latest).equals(RevisionContent.of(candidate))) {
            return new Result(ImportOutcome.UNCHANGED, service.getId());
        }
        if (latest != null && latest.getState() == RevisionState.PENDING) {
            services.withdraw(latest);
        }
        if (created) {
            service.listFrom(candidate);
            em.persist(service);
        }
        em.persist(candidate);
        em.flush();
        if (context.publish()) {
            approve(candidate, actor);
            ServiceRevision previous = service.getPublishedRevision();
            if (previous != null) {
                previous.superseded();
            }
            service.publish(candidate);
        } else {
            if (service.getPublishedRevision() == null) {
                service.listFrom(candidate);
            }
            services.submit(candidate);
        }
        em.flush();
        if (context.publish()) {
            serviceChanged.fire(new ServiceListingChanged(service.getId()));
        }
        audit.recordBy(
                actor,
                context.publish() ? "service.import.publish" : "service.import.submit",
                AuditItem.SERVICE,
                service.getId(),
                latest == null ? null : Changes.of("revision", latest.getId(), "state", latest.getState()),
                Changes.of(
                        "organization", organization.getId(),
                        "revision", candidate.getId(),
                        "state", candidate.getState(),
                        "name", service.getName(),
                        "hsdsId", service.getHsdsId()));
        return new Result(created ? ImportOutcome.CREATED : ImportOutcome.UPDATED, service.getId());
    }

    /** Published or waiting for a moderator: what an import leaves alone when its content is the same. */
    private static boolean settled(RevisionState state) {
        return state == RevisionState.PUBLISHED || state == RevisionState.PENDING;
    }

    private void approve(OrganizationRevision revision, Account actor) {
        revision.submitted(clock.instant());
        revision.decided(RevisionState.PUBLISHED, actor, clock.instant(), null);
    }

    private void approve(ServiceRevision revision, Account actor) {
        revision.submitted(clock.instant());
        revision.decided(RevisionState.PUBLISHED, actor, clock.instant(), null);
    }

    private Organization organizationOf(HsdsRecord record, ImportContext context) {
        String reference = HsdsMapper.organizationId(record.json());
        if (reference == null) {
            throw new RecordRefusedException("import.refused.organization.missing");
        }
        Long imported = context.organization(reference);
        Organization organization =
                imported != null ? em.find(Organization.class, imported) : find(Organization.class, hsdsId(reference));
        if (organization == null) {
            throw new RecordRefusedException("import.refused.organization.unknown");
        }
        return organization;
    }

    /**
     * The profile's checks and the revision's content, as {@code ProfileWriter} writes a typed profile, but with
     * the registration numbers optional.
     */
    private void writeProfile(ProfileForm form, OrganizationRevision revision, Organization organization) {
        OrganizationDetails details = DetailsCleaner.cleaned(form.getDetails());
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldProblem problem :
                new ProfileRules(validator, clock).check(details, form.getMunicipality(), form.getLegalForm())) {
            if (problem.messageKey() == null || !NOT_REQUIRED_OF_IMPORTS.contains(problem.messageKey())) {
                problems.add(problem);
            }
        }
        Municipality municipality = em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", form.getMunicipality())
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (municipality == null) {
            problems.add(FieldProblem.of("municipality", "profile.error.municipality.required"));
        }
        LegalForm legalForm = byCode(LegalForm.class, form.getLegalForm());
        if (legalForm == null || !legalForm.offeredTo(details.getKind())) {
            problems.add(FieldProblem.of("legalForm", "profile.error.legalForm.required"));
        }
        Set<ActivityArea> areas = resolve(ActivityArea.class, form.getActivityAreas());
        Set<TargetGroup> groups = resolve(TargetGroup.class, form.getTargetGroups());
        for (Organization other : em.createNamedQuery(Organization.FIND_BY_REGISTRATION, Organization.class)
                .setParameter("inn", details.getInn())
                .setParameter("ogrn", details.getOgrn())
                .getResultList()) {
            if (!other.equals(organization)) {
                boolean sameInn = details.getInn() != null && details.getInn().equals(other.getInn());
                problems.add(FieldProblem.of(sameInn ? "inn" : "ogrn", "profile.error.registration.taken"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        revision.edit(details, legalForm, municipality, areas, groups, revision.getAuthor());
        revision.setLogoKey(form.getLogoKey());
    }

    private Organization byRegistration(OrganizationDetails details) {
        String inn = blankToNull(details.getInn());
        String ogrn = blankToNull(details.getOgrn());
        if (inn == null && ogrn == null) {
            return null;
        }
        return em.createNamedQuery(Organization.FIND_BY_REGISTRATION, Organization.class)
                .setParameter("inn", inn)
                .setParameter("ogrn", ogrn)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private <E extends ReferenceEntry> E byCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        return em.createQuery(
                        "SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code AND e.active = TRUE", type)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Kept entries that are no longer offered are left out, as an edit would. */
    private <E extends ReferenceEntry> Set<E> resolve(Class<E> type, List<String> codes) {
        Set<E> entries = new LinkedHashSet<>();
        for (String code : codes) {
            E entry = byCode(type, code);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private OrganizationRevision latestOf(Organization organization) {
        return em.createNamedQuery(OrganizationRevision.FIND_BY_ORGANIZATION, OrganizationRevision.class)
                .setParameter("organization", organization)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private ServiceRevision latestOf(SocialService service) {
        return em.createNamedQuery(ServiceRevision.FIND_BY_SERVICE, ServiceRevision.class)
                .setParameter("service", service)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** By HSDS id; the JPQL stays here, beside the only reader, while the import is this feature's alone. */
    private <E> E find(Class<E> type, UUID hsdsId) {
        if (hsdsId == null) {
            return null;
        }
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.hsdsId = :id", type)
                .setParameter("id", hsdsId.toString())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** The HSDS id of a record's id: itself if it is a UUID, else a UUID named by it (stable across imports). */
    static UUID hsdsId(String id) {
        if (id == null) {
            return null;
        }
        UUID uuid = HsdsMapper.uuid(id);
        return uuid != null
                ? uuid
                : UUID.nameUUIDFromBytes(("https://nko42.ru/hsds/import/" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
