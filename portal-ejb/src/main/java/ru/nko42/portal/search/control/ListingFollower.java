package ru.nko42.portal.search.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.nko42.portal.search.boundary.ServiceSearch;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;
import ru.nko42.portal.services.boundary.ServiceListingChanged;

/**
 * Keeps the search index in step with the database: after a transaction that changed what citizens may see of a
 * service, or of an organization's profile, commits, the index re-reads the services concerned. A failure here is
 * logged, never thrown at the member whose change is already committed; the next start's marker check catches up.
 */
@ApplicationScoped
public class ListingFollower {

    private static final Logger LOG = Logger.getLogger(ListingFollower.class.getName());

    @EJB
    ServiceSearch search;

    void serviceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ServiceListingChanged changed) {
        try {
            search.follow(List.of(changed.serviceId()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index missed a change of service " + changed.serviceId(), e);
        }
    }

    void organizationChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganizationListingChanged changed) {
        try {
            search.followOrganization(changed.organizationId());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The search index missed a change of organization " + changed.organizationId(), e);
        }
    }
}
