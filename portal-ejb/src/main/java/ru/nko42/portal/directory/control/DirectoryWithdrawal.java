package ru.nko42.portal.directory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.nko42.portal.audit.boundary.AuditItem;
import ru.nko42.portal.audit.boundary.AuditLog;
import ru.nko42.portal.audit.control.Changes;
import ru.nko42.portal.directory.boundary.DirectoryMailRequested;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.moderation.boundary.AlreadyDecidedException;
import ru.nko42.portal.moderation.control.ModerationQueue;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;

/**
 * Takes a published organization out of the public directory, as archived or unpublished, with a reason its
 * representatives read; whoever decides that (a moderator on the organization's page, or on a stale item in the
 * queue) has checked their right to and the reason already. A stale item waiting for it leaves the queue.
 */
@Dependent
public class DirectoryWithdrawal {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModerationQueue queue;

    @Inject
    RepresentativeMail mail;

    @Inject
    AuditLog audit;

    /** Tells the service search that what citizens find of the organization's services may have changed. */
    @Inject
    Event<OrganizationListingChanged> listingChanged;

    /** @throws AlreadyDecidedException if the organization is not published (any more) */
    public void withdraw(Organization organization, PublicationState outcome, String reason) {
        if (organization.getState() != PublicationState.PUBLISHED) {
            throw new AlreadyDecidedException();
        }
        organization.withdrawFromDirectory(outcome);
        em.flush();
        listingChanged.fire(new OrganizationListingChanged(organization.getId()));
        queue.withdraw(StaleModeration.KIND, organization.getId());
        audit.record(
                outcome == PublicationState.ARCHIVED ? "organization.archive" : "organization.unpublish",
                AuditItem.ORGANIZATION,
                organization.getId(),
                Changes.of("organization", PublicationState.PUBLISHED),
                Changes.of("organization", organization.getState(), "reason", reason));
        mail.toRepresentatives(
                organization,
                outcome == PublicationState.ARCHIVED
                        ? DirectoryMailRequested.Kind.ORGANIZATION_ARCHIVED
                        : DirectoryMailRequested.Kind.ORGANIZATION_UNPUBLISHED,
                "/account/organization?id=" + organization.getId(),
                reason);
    }
}
