package ru.nko42.portal.services.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.services.FeeKind;
import ru.nko42.portal.model.services.RecipientCategory;
import ru.nko42.portal.model.services.ServiceLocation;
import ru.nko42.portal.model.services.ServicePhone;
import ru.nko42.portal.model.services.ServiceRevision;
import ru.nko42.portal.model.services.SocialService;
import ru.nko42.portal.model.services.SocialServiceForm;
import ru.nko42.portal.model.services.SocialServiceType;
import ru.nko42.portal.schedule.boundary.Schedule;
import ru.nko42.portal.schedule.control.HsdsScheduleJson;
import ru.nko42.portal.schedule.control.HsdsSchedules;
import ru.nko42.portal.services.control.DemoServicesCsv.DemoService;

/**
 * Writes one demo service as a member and a moderator would have left it: a service with one revision, written by
 * the member and approved by the moderator, published. The caller announces it to the search.
 */
@Dependent
public class DemoServiceWriter {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The demo service, published for the organization; its id. */
    public long publish(DemoService demo, Organization organization, Account member, Account admin, Instant now) {
        SocialService service = new SocialService(organization, demo.name(), null);
        em.persist(service);
        ServiceRevision revision = new ServiceRevision(service, 1, member);
        var details = revision.getDetails();
        details.setName(demo.name());
        details.setDescription(demo.description());
        details.setHowToApply(demo.howToApply());
        details.setEligibility(demo.eligibility());
        details.setFee(FeeKind.valueOf(demo.fee()));
        details.setFeesDescription(demo.feesDescription().isEmpty() ? null : demo.feesDescription());
        details.setScheduleJson(json(DemoHours.parse(demo.serviceHours())));
        revision.setTypes(vocabulary(SocialServiceType.class, demo.types()));
        revision.setForms(vocabulary(SocialServiceForm.class, demo.forms()));
        revision.setCategories(vocabulary(RecipientCategory.class, demo.categories()));
        Municipality municipality = municipality(demo.municipality());
        Set<Municipality> areas = new LinkedHashSet<>();
        demo.serviceAreas().forEach(code -> areas.add(municipality(code)));
        revision.setServiceAreas(areas);
        revision.setLanguages(new LinkedHashSet<>(demo.languages()));
        revision.setDocuments(demo.documents());
        revision.setPhones(List.of(new ServicePhone(demo.phone(), null)));
        ServiceLocation place = revision.addLocation(demo.address(), municipality);
        place.setLatitude(demo.latitude());
        place.setLongitude(demo.longitude());
        place.setWheelchairAccessible(demo.accessible());
        place.setScheduleJson(json(DemoHours.parse(demo.placeHours())));
        em.persist(revision);
        revision.submitted(now);
        em.flush();
        revision.decided(RevisionState.PUBLISHED, admin, now, null);
        service.publish(revision);
        em.flush();
        return service.getId();
    }

    private static String json(Schedule schedule) {
        return HsdsScheduleJson.write(HsdsSchedules.toHsds(schedule));
    }

    private Municipality municipality(String code) {
        return em.createNamedQuery(Municipality.FIND_BY_CODE, Municipality.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    private <T> Set<T> vocabulary(Class<T> type, List<String> codes) {
        Set<T> entries = new LinkedHashSet<>();
        for (String code : codes) {
            entries.add(em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code", type)
                    .setParameter("code", code)
                    .getSingleResult());
        }
        return entries;
    }
}
