package ru.nko42.portal.services.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import ru.nko42.portal.account.control.CallerAccount;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.common.boundary.InvalidInputException;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.common.control.TextCleaner;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.services.control.ServiceComparisons;
import ru.nko42.portal.services.control.ServiceModeration;
import ru.nko42.portal.services.control.ServicePages;

/**
 * What moderators read and do about service listings besides deciding queue items: a submitted revision beside the
 * published one, the submitted revision as its page would look, and taking a published service out of the search.
 * Moderators only of the organization's municipality (others are told it does not exist), and administrators.
 */
@Stateless
@RolesAllowed({"ADMIN", "MODERATOR"})
public class ServiceModerationService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ModeratorScope scope;

    @Inject
    CallerAccount caller;

    @Inject
    ServiceModeration moderation;

    @Inject
    PortalClock clock;

    /** A revision beside the published one, changed fields marked. */
    public ServiceComparison compare(long revisionId, Locale locale) {
        return ServiceComparisons.of(revisionInScope(revisionId), locale);
    }

    /** A revision as its public page would show it. */
    public ServicePage page(long revisionId) {
        return ServicePages.of(revisionInScope(revisionId), clock.clock(), true);
    }

    /**
     * Takes a published service out of the search as archived (it no longer runs) or unpublished (to be corrected),
     * with a reason its author reads.
     */
    public void withdrawFromPublic(long serviceId, PublicationState outcome, String reason) {
        SocialService service = inScope(em.find(SocialService.class, serviceId));
        String cleaned = TextCleaner.text(reason);
        if (cleaned == null) {
            throw new InvalidInputException("moderation.error.reason.required");
        }
        if (cleaned.length() > ServiceRevision.REASON_LENGTH) {
            throw new InvalidInputException("service.error.tooLong");
        }
        if (service.getState() != PublicationState.PUBLISHED) {
            throw new InvalidInputException("service.error.notPublished");
        }
        if (outcome != PublicationState.ARCHIVED && outcome != PublicationState.UNPUBLISHED) {
            throw new InvalidInputException("service.error.notPublished");
        }
        moderation.withdrawFromPublic(service, outcome, caller.get(), cleaned);
    }

    private ServiceRevision revisionInScope(long revisionId) {
        ServiceRevision revision = em.find(ServiceRevision.class, revisionId);
        if (revision == null) {
            throw new NotPermittedException();
        }
        inScope(revision.getService());
        return revision;
    }

    private SocialService inScope(SocialService service) {
        if (service == null) {
            throw new NotPermittedException();
        }
        Municipality municipality = service.getOrganization().getMunicipality();
        boolean allowed =
                municipality == null ? scope.ofCaller().all() : scope.ofCaller().includes(municipality.getId());
        if (!allowed) {
            throw new NotPermittedException();
        }
        return service;
    }
}
