package ru.nko42.portal.it.search;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.control.HsdsScheduleJson;
import ru.nko42.portal.schedule.control.HsdsSchedules;
import ru.nko42.portal.services.boundary.OrganizationListingChanged;
import ru.nko42.portal.services.boundary.ServiceListingChanged;

/**
 * Published listings made straight through JPA, and changed as the listings and directory features will change them:
 * each change fires the event they fire, in the same transaction, so the index follows it after the commit.
 */
@Stateless
public class SearchFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<ServiceListingChanged> serviceChanged;

    @Inject
    Event<OrganizationListingChanged> organizationChanged;

    /** What a test service is: a name, a description, where it is and when it is open. */
    public record Spec(
            String name,
            String description,
            String municipality,
            Double latitude,
            Double longitude,
            Schedule hours,
            boolean free,
            String category) {

        public static Spec of(String name, String description, String municipality) {
            return new Spec(name, description, municipality, null, null, null, true, "older-people");
        }

        public Spec at(double lat, double lon) {
            return new Spec(name, description, municipality, lat, lon, hours, free, category);
        }

        public Spec open(Schedule schedule) {
            return new Spec(name, description, municipality, latitude, longitude, schedule, free, category);
        }

        public Spec paid() {
            return new Spec(name, description, municipality, latitude, longitude, hours, false, category);
        }

        public Spec forCategory(String code) {
            return new Spec(name, description, municipality, latitude, longitude, hours, free, code);
        }
    }

    /** A published service of a new published organization; its id. */
    public long published(Spec spec) {
        Account author = new Account("search-it-" + UUID.randomUUID() + "@example.org", "x", "Автор", "ru");
        em.persist(author);
        Municipality municipality = municipality(spec.municipality());
        Organization organization =
                new Organization(OrganizationKind.NGO, "АНО «Опора " + UUID.randomUUID() + "»", municipality);
        organization.setState(PublicationState.PUBLISHED);
        em.persist(organization);
        SocialService service = new SocialService(organization, spec.name(), null);
        em.persist(service);
        ServiceRevision revision = new ServiceRevision(service, 1, author);
        fill(revision, spec, municipality);
        em.persist(revision);
        publish(service, revision);
        return service.getId();
    }

    /** A published service of an organization that exists already (made through the directory's services); its id. */
    public long publishedFor(long organizationId, Spec spec) {
        Account author = new Account("search-it-" + UUID.randomUUID() + "@example.org", "x", "Автор", "ru");
        em.persist(author);
        Organization organization = em.find(Organization.class, organizationId);
        SocialService service = new SocialService(organization, spec.name(), null);
        em.persist(service);
        ServiceRevision revision = new ServiceRevision(service, 1, author);
        fill(revision, spec, municipality(spec.municipality()));
        em.persist(revision);
        publish(service, revision);
        return service.getId();
    }

    /** An approved edit: the next revision, with a new name and description, replaces the published one. */
    public void edited(long serviceId, String name, String description) {
        SocialService service = em.find(SocialService.class, serviceId);
        ServiceRevision published = service.getPublishedRevision();
        ServiceRevision next = published.nextDraft(published.getAuthor());
        next.getDetails().setName(name);
        next.getDetails().setDescription(description);
        em.persist(next);
        published.superseded();
        publish(service, next);
    }

    /** The service archived (or unpublished) by its organization or a moderator. */
    public void withdrawn(long serviceId, PublicationState outcome) {
        SocialService service = em.find(SocialService.class, serviceId);
        service.withdrawFromPublic(outcome);
        em.flush();
        serviceChanged.fire(new ServiceListingChanged(serviceId));
    }

    /** The service's organization unpublished, as the directory does it. */
    public long organizationUnpublished(long serviceId) {
        Organization organization = em.find(SocialService.class, serviceId).getOrganization();
        organization.withdrawFromDirectory(PublicationState.UNPUBLISHED);
        em.flush();
        organizationChanged.fire(new OrganizationListingChanged(organization.getId()));
        return organization.getId();
    }

    /** The service archived with nobody told: as a database changed while the server was down. */
    public void withdrawnBehindTheIndex(long serviceId) {
        em.find(SocialService.class, serviceId).withdrawFromPublic(PublicationState.ARCHIVED);
    }

    private void publish(SocialService service, ServiceRevision revision) {
        revision.submitted(Instant.now());
        em.flush();
        revision.decided(RevisionState.PUBLISHED, null, Instant.now(), null);
        service.publish(revision);
        em.flush();
        serviceChanged.fire(new ServiceListingChanged(service.getId()));
    }

    private void fill(ServiceRevision revision, Spec spec, Municipality municipality) {
        revision.getDetails().setName(spec.name());
        revision.getDetails().setDescription(spec.description());
        revision.getDetails().setFee(spec.free() ? FeeKind.FREE : FeeKind.PAID);
        revision.getDetails().setScheduleJson("[]");
        revision.setCategories(Set.of(vocabulary(RecipientCategory.class, spec.category())));
        revision.setServiceAreas(new LinkedHashSet<>(Set.of(municipality)));
        revision.setLanguages(Set.of("ru"));
        ServiceLocation place = revision.addLocation("ул. Весенняя, 5", municipality);
        if (spec.latitude() != null) {
            place.setLatitude(spec.latitude());
            place.setLongitude(spec.longitude());
        }
        place.setScheduleJson(spec.hours() == null ? "[]" : HsdsScheduleJson.write(HsdsSchedules.toHsds(spec.hours())));
    }

    private Municipality municipality(String code) {
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private <T> T vocabulary(Class<T> type, String code) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code", type)
                .setParameter("code", code)
                .getSingleResult();
    }
}
