package ru.nko42.portal.it.opendata;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;

/**
 * Organizations and services put straight into the database as the open data tables find them: published (as a
 * moderator's approval leaves them) or left drafts.
 */
@Stateless
public class OpenDataFixture {

    static final String MUNICIPALITY = "kemerovsky-go";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** An NGO of Kemerovo with its contacts; its id. */
    public long organization(String name, String inn, String ogrn, boolean published) {
        Account author = author();
        Municipality municipality = municipality();
        OrganizationDetails details = new OrganizationDetails();
        details.setKind(OrganizationKind.NGO);
        details.setFullName(name);
        details.setInn(inn);
        details.setOgrn(ogrn);
        details.setPostalAddress("650000, г. Кемерово, ул. Весенняя, д. 5");
        details.setPhone("+7 (3842) 11-22-33");
        details.setEmail("info@example.org");
        details.setWebsite("https://example.org/");
        Organization organization = new Organization(OrganizationKind.NGO, name, municipality);
        OrganizationRevision revision = new OrganizationRevision(organization, 1, author);
        revision.edit(details, null, municipality, Set.of(), Set.of(), author);
        organization.listFrom(revision, "opendata");
        em.persist(organization);
        em.persist(revision);
        em.flush();
        if (published) {
            Instant now = Instant.now();
            revision.submitted(now);
            revision.decided(RevisionState.PUBLISHED, author, now, null);
            organization.publish(revision, "opendata");
            em.flush();
        }
        return organization.getId();
    }

    /** A paid service of the organization for older people, with a phone and a place; its id. */
    public long service(long organizationId, String name, boolean published) {
        Account author = author();
        Organization organization = em.find(Organization.class, organizationId);
        SocialService service = new SocialService(organization, name, null);
        em.persist(service);
        ServiceRevision revision = new ServiceRevision(service, 1, author);
        revision.getDetails().setName(name);
        revision.getDetails().setDescription("Помощь на дому");
        revision.getDetails().setFee(FeeKind.PAID);
        revision.getDetails().setFreePlaces(7);
        revision.getDetails().setScheduleJson("[]");
        revision.setCategories(Set.of(em.createQuery(
                        "SELECT c FROM RecipientCategory c WHERE c.code = 'older-people'", RecipientCategory.class)
                .getSingleResult()));
        revision.setServiceAreas(new LinkedHashSet<>(Set.of(municipality())));
        revision.getPhones().add(new ServicePhone("+7 (3842) 44-55-66", null));
        revision.addLocation("г. Кемерово, пр. Ленина, д. 1", municipality()).setScheduleJson("[]");
        em.persist(revision);
        em.flush();
        if (published) {
            revision.submitted(Instant.now());
            em.flush();
            revision.decided(RevisionState.PUBLISHED, null, Instant.now(), null);
            service.publish(revision);
            em.flush();
        }
        return service.getId();
    }

    private Account author() {
        Account author = new Account("opendata-it-" + UUID.randomUUID() + "@example.org", "x", "Автор", "ru");
        em.persist(author);
        return author;
    }

    private Municipality municipality() {
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", MUNICIPALITY)
                .getSingleResult();
    }
}
