package ru.nko42.portal.services.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
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
import ru.nko42.portal.services.control.DemoHours;
import ru.nko42.portal.services.control.DemoServicesCsv;
import ru.nko42.portal.services.control.DemoServicesCsv.DemoService;

/**
 * The services the embedded default ({@code portal.demo=true}) starts with: those of {@value
 * DemoServicesCsv#RESOURCE}, published for the demo organizations once there are organizations and no services
 * yet, written by the demo member and approved by the demo administrator. Loaded by a timer a moment after the
 * start, so the demo directory (another startup bean) is there first; each service is announced as published, so
 * the search takes it in.
 */
@Startup
@Singleton
public class DemoServices {

    static final String MEMBER_EMAIL = "member@nko42.example";
    static final String ADMIN_EMAIL = "admin@nko42.example";

    private static final Logger LOG = Logger.getLogger(DemoServices.class.getName());
    private static final long DELAY_MILLIS = 2000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TimerService timers;

    @Inject
    Event<ServiceListingChanged> listingChanged;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void scheduleLoad() {
        if (Boolean.parseBoolean(Setting.of("portal.demo").orElse("false"))) {
            timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
        }
    }

    @Timeout
    void loadIntoEmptyListings() {
        if (em.createQuery("SELECT COUNT(s) FROM SocialService s", Long.class).getSingleResult() > 0
                || em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class)
                                .getSingleResult()
                        == 0) {
            return;
        }
        Optional<Account> member = account(MEMBER_EMAIL);
        Optional<Account> admin = account(ADMIN_EMAIL);
        if (member.isEmpty() || admin.isEmpty()) {
            LOG.info("Demo services not loaded: the demo accounts are missing.");
            return;
        }
        Instant now = clock.instant();
        List<Long> created = new ArrayList<>();
        for (DemoService demo : DemoServicesCsv.fromClassPath()) {
            organization(demo.organization())
                    .map(organization -> create(demo, organization, member.get(), admin.get(), now))
                    .ifPresent(created::add);
        }
        created.forEach(id -> listingChanged.fire(new ServiceListingChanged(id)));
        LOG.info("Demo services: " + created.size() + " published");
    }

    private long create(DemoService demo, Organization organization, Account member, Account admin, Instant now) {
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

    private Optional<Organization> organization(String shortName) {
        return em.createQuery(
                        "SELECT o FROM Organization o WHERE o.shortName = :name AND o.state = :state",
                        Organization.class)
                .setParameter("name", shortName)
                .setParameter("state", PublicationState.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    private Optional<Account> account(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
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
