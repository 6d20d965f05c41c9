package ru.nko42.portal.it.search;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.services.boundary.ServiceListingChanged;
import ru.nko42.portal.services.control.DemoServiceWriter;
import ru.nko42.portal.services.control.DemoServicesCsv;
import ru.nko42.portal.services.control.DemoServicesCsv.DemoService;

/** Publishes every demo service, as the embedded default does, for one new organization named with a word. */
@Stateless
public class DemoServicesFixture {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DemoServiceWriter writer;

    @Inject
    Event<ServiceListingChanged> listingChanged;

    public List<Long> publishAll(String word) {
        Account member = new Account("demo-member-" + UUID.randomUUID() + "@example.org", "x", "Автор", "ru");
        Account admin = new Account("demo-admin-" + UUID.randomUUID() + "@example.org", "x", "Модератор", "ru");
        em.persist(member);
        em.persist(admin);
        Municipality kemerovo = em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", "kemerovsky-go")
                .getSingleResult();
        Organization organization = new Organization(OrganizationKind.NGO, "АНО «Демо " + word + "»", kemerovo);
        organization.setState(PublicationState.PUBLISHED);
        em.persist(organization);
        List<Long> ids = new ArrayList<>();
        Instant now = Instant.now();
        for (DemoService demo : DemoServicesCsv.fromClassPath()) {
            ids.add(writer.publish(demo, organization, member, admin, now));
        }
        ids.forEach(id -> listingChanged.fire(new ServiceListingChanged(id)));
        return ids;
    }
}
