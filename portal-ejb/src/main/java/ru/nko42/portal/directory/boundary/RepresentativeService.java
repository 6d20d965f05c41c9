package ru.nko42.portal.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ru.nko42.portal.account.boundary.InvalidEmailException;
import ru.nko42.portal.account.boundary.InvalidLinkException;
import ru.nko42.portal.account.control.EmailAddress;
import ru.nko42.portal.account.control.LinkToken;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.Representative;
import ru.nko42.portal.model.directory.RepresentativeInvitation;

/** The people who speak for an organization: who they are, inviting another by e-mail, accepting an invitation. */
@Stateless
@RolesAllowed({"MEMBER", "MODERATOR", "ADMIN", "EDITOR"})
public class RepresentativeService {

    /** Open invitations an organization may have at once: enough for a board, too few to spam with. */
    static final int MAX_OPEN_INVITATIONS = 20;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    @Inject
    Event<DirectoryMailRequested> mail;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public List<RepresentativeView> representatives(long organizationId) {
        Organization organization = access.forRepresentative(organizationId);
        return em
                .createNamedQuery(Representative.FIND_BY_ORGANIZATION, Representative.class)
                .setParameter("organization", organization)
                .getResultList()
                .stream()
                .map(r -> new RepresentativeView(
                        r.getAccount().getDisplayName(), r.getAccount().getEmail(), r.getCreatedAt()))
                .toList();
    }

    /** Mails an invitation link to an address; whoever opens it logged in becomes a representative. */
    public void invite(long organizationId, String email) {
        Organization organization = access.forRepresentative(organizationId);
        String address = EmailAddress.normalize(email);
        if (!EmailAddress.isValid(address)) {
            throw new InvalidEmailException();
        }
        Instant now = clock.instant();
        long open = em.createNamedQuery(RepresentativeInvitation.FIND_OPEN_BY_ORGANIZATION)
                .setParameter("organization", organization)
                .setParameter("now", now)
                .getResultList()
                .size();
        if (open >= MAX_OPEN_INVITATIONS) {
            throw new InvalidInputException("representatives.error.tooManyInvitations");
        }
        Account inviter = access.caller();
        String token = LinkToken.newToken();
        em.persist(new RepresentativeInvitation(organization, address, LinkToken.hash(token), inviter, now));
        audit.record(
                "organization.representative.invite",
                AuditItem.ORGANIZATION,
                organizationId,
                null,
                Changes.of("invited", address));
        mail.fire(new DirectoryMailRequested(
                DirectoryMailRequested.Kind.INVITATION,
                address,
                inviter.getLanguage(),
                organization.displayName(),
                "/account/invitation?token=" + token,
                inviter.getDisplayName()));
    }

    /** Makes the caller a representative through an invitation link; returns the organization's id. */
    public long acceptInvitation(String token) {
        if (!LinkToken.looksValid(token)) {
            throw new InvalidLinkException();
        }
        Instant now = clock.instant();
        RepresentativeInvitation invitation = em.createNamedQuery(
                        RepresentativeInvitation.FIND_BY_HASH, RepresentativeInvitation.class)
                .setParameter("hash", LinkToken.hash(token))
                .getResultStream()
                .findFirst()
                .filter(found -> found.usableAt(now))
                .orElseThrow(InvalidLinkException::new);
        int used = em.createNamedQuery(RepresentativeInvitation.USE)
                .setParameter("now", now)
                .setParameter("id", invitation.getId())
                .executeUpdate();
        if (used != 1) {
            throw new InvalidLinkException();
        }
        Organization organization = invitation.getOrganization();
        Account caller = access.caller();
        if (!access.represents(organization, caller)) {
            em.persist(new Representative(organization, caller));
        }
        audit.record(
                "organization.representative.accept",
                AuditItem.ORGANIZATION,
                organization.getId(),
                null,
                Changes.of("invitation", invitation.getId(), "representative", caller.getEmail()));
        return organization.getId();
    }
}
