package ru.nko42.portal.directory.boundary;

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
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.directory.control.LogoImage;
import ru.nko42.portal.directory.control.LogoStore;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.directory.control.ProfileModeration;
import ru.nko42.portal.directory.control.ProfileWriter;
import ru.nko42.portal.directory.control.Slug;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.Representative;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.directory.TargetGroup;
import ru.nko42.portal.moderation.boundary.AlreadyDecidedException;

/**
 * Representatives keep their organizations' profiles: register a new one, save drafts, submit them for
 * moderation, withdraw a submission, read the history. Every change is a revision; the published one stays public
 * until a moderator approves the next.
 */
@Stateless
@RolesAllowed({"MEMBER", "MODERATOR", "ADMIN", "EDITOR"})
public class OrganizationProfileService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    @Inject
    ProfileWriter writer;

    @Inject
    AuditLog audit;

    @Inject
    ProfileModeration profiles;

    /** The organizations the caller represents, with where each stands. */
    public List<MyOrganization> mine() {
        return em
                .createNamedQuery(Representative.FIND_BY_ACCOUNT, Representative.class)
                .setParameter("account", access.caller())
                .getResultList()
                .stream()
                .map(Representative::getOrganization)
                .map(this::toMine)
                .toList();
    }

    /** An empty form for a new organization of the given kind. */
    public ProfileForm newForm(OrganizationKind kind) {
        ProfileForm form = new ProfileForm();
        form.getDetails().setKind(kind == null ? OrganizationKind.NGO : kind);
        return form;
    }

    /**
     * Registers a new organization with the caller as its first representative, as a draft or submitted at once.
     * The same form sent twice registers it once.
     *
     * @throws OrganizationExistsException if its ИНН or ОГРН is in the directory already
     */
    public SavedRevision register(ProfileForm form, boolean submit) {
        Account caller = access.caller();
        Optional<Organization> sent = em.createNamedQuery(Organization.FIND_BY_SUBMISSION, Organization.class)
                .setParameter("key", form.getSubmissionKey())
                .getResultStream()
                .findFirst();
        if (sent.isPresent()) {
            return saved(latest(sent.get()));
        }
        refuseRegistered(form, caller);
        Organization organization = new Organization(
                form.getDetails().getKind(), form.getDetails().getFullName(), null, form.getSubmissionKey());
        OrganizationRevision revision = new OrganizationRevision(organization, 1, caller);
        writer.write(form, revision, caller);
        organization.listFrom(revision, Slug.of(revision));
        em.persist(organization);
        em.persist(revision);
        em.persist(new Representative(organization, caller));
        if (submit) {
            profiles.submit(revision);
        }
        em.flush();
        audit.record(
                "organization.register",
                AuditItem.ORGANIZATION,
                organization.getId(),
                null,
                Changes.of(
                        "revision", revision.getId(),
                        "state", revision.getState(),
                        "name", revision.getDetails().displayName()));
        return saved(revision);
    }

    /** The profile as its representatives edit it now: the latest revision, whatever its state. */
    public ProfileForm editForm(long organizationId) {
        OrganizationRevision latest = latest(access.forRepresentative(organizationId));
        ProfileForm form = new ProfileForm();
        form.setDetails(latest.getDetails().copy());
        form.setLegalForm(
                latest.getLegalForm() == null ? null : latest.getLegalForm().getCode());
        form.setMunicipality(latest.getMunicipality().getCode());
        form.setActivityAreas(
                latest.getActivityAreas().stream().map(ActivityArea::getCode).toList());
        form.setTargetGroups(
                latest.getTargetGroups().stream().map(TargetGroup::getCode).toList());
        form.setLogoKey(latest.getLogoKey());
        form.basedOn(latest.getId(), latest.getVersion());
        return form;
    }

    /**
     * Saves the form as the working draft (a new revision when the latest one is published or was sent back), and
     * submits it for moderation if asked. A pending revision is withdrawn by saving over it.
     *
     * @throws ProfileChangedException if another person saved since the form was opened
     */
    public SavedRevision save(long organizationId, ProfileForm form, boolean submit) {
        Organization organization = access.forRepresentative(organizationId);
        Account caller = access.caller();
        OrganizationRevision latest = latest(organization);
        refuseIfChangedByOthers(form, latest, caller);
        RevisionState was = latest.getState();
        OrganizationRevision working = latest;
        if (!latest.getState().editable() && latest.getState() != RevisionState.PENDING) {
            working = latest.nextDraft(caller);
            em.persist(working);
        } else if (latest.getState() == RevisionState.PENDING) {
            profiles.withdraw(latest);
        }
        writer.write(form, working, caller);
        if (organization.getState() == PublicationState.DRAFT) {
            organization.listFrom(working, Slug.of(working));
        }
        if (submit) {
            profiles.submit(working);
        }
        em.flush();
        audit.record(
                submit ? "organization.revision.submit" : "organization.revision.save",
                AuditItem.ORGANIZATION,
                organizationId,
                Changes.of("revision", latest.getId(), "state", was),
                Changes.of("revision", working.getId(), "state", working.getState()));
        return saved(working);
    }

    /** Takes a submitted revision back to draft, so it can be changed before a moderator sees it. */
    public SavedRevision withdraw(long organizationId) {
        OrganizationRevision latest = latest(access.forRepresentative(organizationId));
        if (latest.getState() != RevisionState.PENDING) {
            throw new AlreadyDecidedException();
        }
        profiles.withdraw(latest);
        em.flush();
        audit.record(
                "organization.revision.withdraw",
                AuditItem.ORGANIZATION,
                organizationId,
                Changes.of("state", RevisionState.PENDING),
                Changes.of("revision", latest.getId(), "state", latest.getState()));
        return saved(latest);
    }

    /** Every revision of the profile, newest first. */
    public List<RevisionSummary> history(long organizationId) {
        return revisions(access.forRepresentative(organizationId)).stream()
                .map(RevisionSummary::of)
                .toList();
    }

    /** Where the organization stands, for its page in my account. */
    public MyOrganization status(long organizationId) {
        return toMine(access.forRepresentative(organizationId));
    }

    /**
     * Checks and re-encodes an uploaded logo and stores it; the key goes into the form and into the revision when
     * the form is saved.
     */
    public String storeLogo(byte[] upload) {
        access.caller();
        return LogoStore.ofInstallation().store(LogoImage.reencode(upload));
    }

    private void refuseRegistered(ProfileForm form, Account caller) {
        String inn = TextCleaner.number(form.getDetails().getInn());
        String ogrn = TextCleaner.number(form.getDetails().getOgrn());
        if (inn == null && ogrn == null) {
            return;
        }
        em.createNamedQuery(Organization.FIND_BY_REGISTRATION, Organization.class)
                .setParameter("inn", inn)
                .setParameter("ogrn", ogrn)
                .getResultStream()
                .findFirst()
                .ifPresent(existing -> {
                    throw new OrganizationExistsException(
                            existing.getId(), existing.displayName(), access.represents(existing, caller));
                });
    }

    private static void refuseIfChangedByOthers(ProfileForm form, OrganizationRevision latest, Account caller) {
        boolean sameBase = form.getBaseRevisionId() != null
                && form.getBaseRevisionId().equals(latest.getId())
                && form.getBaseVersion() == latest.getVersion();
        if (sameBase) {
            return;
        }
        Account lastEditor = latest.getLastEditor() == null ? latest.getAuthor() : latest.getLastEditor();
        boolean ownLaterSave = lastEditor.equals(caller)
                && (latest.getState().editable() || latest.getState() == RevisionState.PENDING);
        if (!ownLaterSave) {
            throw new ProfileChangedException(latest.getId(), latest.getVersion(), lastEditor.getDisplayName());
        }
    }

    private MyOrganization toMine(Organization organization) {
        OrganizationRevision latest = latest(organization);
        return new MyOrganization(
                organization.getId(),
                organization.displayName(),
                organization.getKind(),
                organization.getState(),
                organization.getSlug(),
                latest.getState(),
                latest.getState().sentBack() ? latest.getDecisionReason() : null);
    }

    private OrganizationRevision latest(Organization organization) {
        return revisions(organization).stream().findFirst().orElseThrow(NotPermittedException::new);
    }

    private List<OrganizationRevision> revisions(Organization organization) {
        return em.createNamedQuery(OrganizationRevision.FIND_BY_ORGANIZATION, OrganizationRevision.class)
                .setParameter("organization", organization)
                .getResultList();
    }

    private static SavedRevision saved(OrganizationRevision revision) {
        return new SavedRevision(
                revision.getOrganization().getId(), revision.getId(), revision.getVersion(), revision.getState());
    }
}
