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
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.PublicationState;
import ru.nko42.portal.services.control.DemoServiceWriter;
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

    @Inject
    DemoServiceWriter writer;

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
                    .map(organization -> writer.publish(demo, organization, member.get(), admin.get(), now))
                    .ifPresent(created::add);
        }
        created.forEach(id -> listingChanged.fire(new ServiceListingChanged(id)));
        LOG.info("Demo services: " + created.size() + " published");
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
}
