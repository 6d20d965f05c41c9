package ru.nko42.portal.it.opendata;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationKind;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.CostOption;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;

/**
 * A small directory of open data made straight through JPA, as moderation leaves it: a published organization (with
 * ИНН, ОГРН, a postal address) with two published services (one in Kemerovo at a point, household, at home, for older
 * people, paid in part; one in Novokuznetsk, legal, for families, free) and an archived one; and an organization
 * that is not published with a service that is. Every name carries the test's own word.
 */
@Stateless
public class HsdsApiFixture {

    /** The HSDS ids of what was made, and the database ids of the services (to tell the portal's search). */
    public record Made(
            String organization,
            String near,
            String nearLocation,
            String far,
            String archived,
            String hiddenOrganization,
            String hiddenService,
            List<Long> serviceIds) {}

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Made directory(String word, double lat, double lon) {
        Account author = new Account("opendata-it-" + UUID.randomUUID() + "@example.org", "x", "Автор", "ru");
        em.persist(author);
        Municipality kemerovo = municipality("kemerovsky-go");
        Municipality novokuznetsk = municipality("novokuznetsky-go");

        Organization organization = organization("АНО «Опора " + word + "»", kemerovo, author, true);
        SocialService near = service(organization, "Помощь на дому " + word, author, kemerovo, lat, lon, true);
        SocialService far =
                service(organization, "Юридическая консультация " + word, author, novokuznetsk, 53.76, 87.11, false);
        SocialService archived = service(organization, "Прачечная " + word, author, kemerovo, lat, lon, true);
        archived.withdrawFromPublic(PublicationState.ARCHIVED);

        Organization hidden = organization("АНО «Тень " + word + "»", kemerovo, author, false);
        SocialService hiddenService = service(hidden, "Тайная помощь " + word, author, kemerovo, lat, lon, true);
        em.flush();
        return new Made(
                organization.getHsdsId(),
                near.getHsdsId(),
                near.getPublishedRevision().getLocations().get(0).getHsdsId(),
                far.getHsdsId(),
                archived.getHsdsId(),
                hidden.getHsdsId(),
                hiddenService.getHsdsId(),
                List.of(near.getId(), far.getId(), archived.getId(), hiddenService.getId()));
    }

    private Organization organization(String name, Municipality municipality, Account author, boolean published) {
        Organization organization = new Organization(OrganizationKind.NGO, name, municipality);
        em.persist(organization);
        OrganizationRevision revision = new OrganizationRevision(organization, 1, author);
        OrganizationDetails details = new OrganizationDetails();
        details.setFullName(name);
        details.setShortName(name.length() > 40 ? null : name);
        details.setInn(inn());
        details.setOgrn(ogrn());
        details.setDescription("Помогаем пожилым людям и семьям Кузбасса");
        details.setEmail("info@opora42.ru");
        details.setWebsite("https://opora42.ru");
        details.setPhone("+7 3842 00-00-00");
        details.setPostalAddress("650000, г. Кемерово, ул. Весенняя, 5");
        details.setLatitude(55.35);
        details.setLongitude(86.08);
        details.setYearFounded(2010);
        LegalForm ano = em.createQuery("SELECT f FROM LegalForm f WHERE f.code = 'ano'", LegalForm.class)
                .getSingleResult();
        revision.edit(details, ano, municipality, Set.of(), Set.of(), author);
        em.persist(revision);
        revision.submitted(Instant.now());
        revision.decided(RevisionState.PUBLISHED, null, Instant.now(), null);
        organization.publish(revision, "opora");
        if (!published) {
            organization.withdrawFromDirectory(PublicationState.UNPUBLISHED);
        }
        em.flush();
        return organization;
    }

    private SocialService service(
            Organization organization,
            String name,
            Account author,
            Municipality municipality,
            double lat,
            double lon,
            boolean householdAtHome) {
        SocialService service = new SocialService(organization, name, null);
        em.persist(service);
        ServiceRevision revision = new ServiceRevision(service, 1, author);
        revision.getDetails().setName(name);
        revision.getDetails().setDescription("Уборка, покупки, забота, консультации");
        revision.getDetails().setHowToApply("Позвоните или приходите");
        revision.getDetails().setEligibility("Жители Кузбасса");
        revision.getDetails().setMinimumAge(householdAtHome ? 60 : null);
        revision.getDetails().setFee(householdAtHome ? FeeKind.PARTLY_PAID : FeeKind.FREE);
        revision.getDetails().setEmail("help@opora42.ru");
        revision.getDetails().setUrl("https://opora42.ru/help");
        revision.getDetails()
                .setScheduleJson("[{\"freq\":\"WEEKLY\",\"byday\":\"MO,TU,WE,TH,FR\",\"opens_at\":\"09:00\","
                        + "\"closes_at\":\"18:00\"}]");
        if (householdAtHome) {
            revision.setTypes(Set.of(vocabulary(SocialServiceType.class, "household")));
            revision.setForms(Set.of(vocabulary(SocialServiceForm.class, "home")));
            revision.setCategories(Set.of(vocabulary(RecipientCategory.class, "older-people")));
            revision.setCostOptions(List.of(new CostOption("час уборки", new BigDecimal("350.00"))));
        } else {
            revision.setTypes(Set.of(vocabulary(SocialServiceType.class, "legal")));
            revision.setForms(Set.of(vocabulary(SocialServiceForm.class, "semi-residential")));
            revision.setCategories(Set.of(vocabulary(RecipientCategory.class, "families-with-children")));
        }
        revision.setServiceAreas(new LinkedHashSet<>(Set.of(municipality)));
        revision.setLanguages(Set.of("ru"));
        revision.setDocuments(List.of("Паспорт", "СНИЛС"));
        revision.setPhones(List.of(new ServicePhone("+7 3842 11-11-11", "запись")));
        ServiceLocation place = revision.addLocation("650000, г. Кемерово, ул. Весенняя, 5", municipality);
        place.setName("Отделение дневного пребывания");
        place.setLatitude(lat);
        place.setLongitude(lon);
        place.setWheelchairAccessible(true);
        place.setAccessibility("Пандус у входа");
        place.setTransportation("Автобус 10");
        place.setScheduleJson(
                "[{\"freq\":\"WEEKLY\",\"byday\":\"MO\",\"opens_at\":\"10:00\",\"closes_at\":\"12:00\"}]");
        em.persist(revision);
        revision.submitted(Instant.now());
        em.flush();
        revision.decided(RevisionState.PUBLISHED, null, Instant.now(), null);
        service.publish(revision);
        em.flush();
        return service;
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

    private static final int[] INN_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    /** A fresh 10-digit ИНН with its control digit. */
    private static String inn() {
        String body = digits(9);
        int sum = 0;
        for (int i = 0; i < INN_WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * INN_WEIGHTS[i];
        }
        return body + sum % 11 % 10;
    }

    /** A fresh 13-digit ОГРН of region 42 with its control digit. */
    private static String ogrn() {
        String body = "1" + digits(2) + "42" + digits(7);
        return body + Long.parseLong(body) % 11 % 10;
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
