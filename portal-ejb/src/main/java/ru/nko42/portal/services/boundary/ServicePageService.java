package ru.nko42.portal.services.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import ru.nko42.portal.account.control.CallerAccount;
import ru.nko42.portal.account.control.ModeratorScope;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.common.control.PortalClock;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.services.control.ServicePages;
import ru.nko42.portal.services.control.ServiceRevisions;

/**
 * A service's page: for anyone when it is public (published, by a published organization); for its organization's
 * representatives, its municipality's moderators and administrators also when it is not, marked so. To anyone else
 * a service that is not public does not exist. The hours are as they stand now in Kuzbass.
 */
@Stateless
@PermitAll
public class ServicePageService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    OrganizationAccess access;

    @Inject
    ModeratorScope scope;

    @Inject
    ServiceRevisions revisions;

    @Inject
    PortalClock clock;

    /**
     * The page of the service: its published revision, or, for its keepers while nothing is published, its latest.
     *
     * @throws NotPermittedException for an unknown service, or one that is not public and the caller does not keep
     */
    public ServicePage page(long serviceId) {
        SocialService service = em.find(SocialService.class, serviceId);
        if (service == null) {
            throw new NotPermittedException();
        }
        if (service.isPublic()) {
            return ServicePages.of(service.getPublishedRevision(), clock.clock(), false);
        }
        if (!keeps(service)) {
            throw new NotPermittedException();
        }
        ServiceRevision shown =
                service.getPublishedRevision() != null ? service.getPublishedRevision() : revisions.latest(service);
        return ServicePages.of(shown, clock.clock(), false);
    }

    /** The latest revision, the working draft, as citizens would see it once published: for its editors. */
    @RolesAllowed({"MEMBER", "MODERATOR", "ADMIN", "EDITOR"})
    public ServicePage preview(long serviceId) {
        SocialService service = revisions.forRepresentative(serviceId);
        return ServicePages.of(revisions.latest(service), clock.clock(), true);
    }

    /**
     * Whether the caller moderates the service's organization (a moderator of its municipality, or an
     * administrator): the page then offers to take it out of the search.
     */
    public boolean moderates(long serviceId) {
        SocialService service = em.find(SocialService.class, serviceId);
        Optional<Account> account = signedIn();
        if (service == null || account.isEmpty()) {
            return false;
        }
        Municipality municipality = service.getOrganization().getMunicipality();
        return municipality == null
                ? scope.of(account.get()).all()
                : scope.of(account.get()).includes(municipality.getId());
    }

    /** Whether the caller may see the service while it is not public: a representative, moderator or admin. */
    private boolean keeps(SocialService service) {
        Optional<Account> account = signedIn();
        if (account.isEmpty()) {
            return false;
        }
        if (access.represents(service.getOrganization(), account.get())) {
            return true;
        }
        Municipality municipality = service.getOrganization().getMunicipality();
        return municipality != null && scope.of(account.get()).includes(municipality.getId())
                || OrganizationAccess.isAdministrator(account.get());
    }

    private Optional<Account> signedIn() {
        try {
            return Optional.of(caller.get());
        } catch (NotPermittedException anonymous) {
            return Optional.empty();
        }
    }
}
