package ru.nko42.portal.services.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.directory.control.OrganizationAccess;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;

/**
 * Finds services and their revisions for the people who keep them: a service whose organization the caller does not
 * represent (and the caller is no administrator) does not exist for them.
 */
@Dependent
public class ServiceRevisions {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    OrganizationAccess access;

    /** The service, if the caller represents its organization or administers the portal. */
    public SocialService forRepresentative(long serviceId) {
        SocialService service = em.find(SocialService.class, serviceId);
        if (service == null) {
            throw new NotPermittedException();
        }
        access.forRepresentative(service.getOrganization().getId());
        return service;
    }

    /** The newest revision of a service, whatever its state. */
    public ServiceRevision latest(SocialService service) {
        return all(service).stream().findFirst().orElseThrow(NotPermittedException::new);
    }

    /** Every revision, newest first. */
    public List<ServiceRevision> all(SocialService service) {
        return em.createNamedQuery(ServiceRevision.FIND_BY_SERVICE, ServiceRevision.class)
                .setParameter("service", service)
                .getResultList();
    }
}
