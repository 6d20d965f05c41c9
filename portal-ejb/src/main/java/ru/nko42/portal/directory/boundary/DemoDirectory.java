package ru.nko42.portal.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.nko42.portal.account.boundary.AccountBootstrap;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.database.boundary.DatabaseStartup;
import ru.nko42.portal.directory.control.DemoOrganizationsCsv;
import ru.nko42.portal.directory.control.DemoOrganizationsCsv.DemoOrganization;
import ru.nko42.portal.directory.control.ProfileModeration;
import ru.nko42.portal.directory.control.Slug;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.model.directory.Organization;
import ru.nko42.portal.model.directory.OrganizationDetails;
import ru.nko42.portal.model.directory.OrganizationRevision;
import ru.nko42.portal.model.directory.Representative;
import ru.nko42.portal.model.directory.RevisionState;
import ru.nko42.portal.model.directory.TargetGroup;

/**
 * The directory the embedded default ({@code portal.demo=true}) starts with: the organizations of
 * {@value DemoOrganizationsCsv#RESOURCE}, loaded once into an empty directory. Most are published, approved by the
 * demo administrator; a few are drafts or wait for moderation, and the demo member represents them (and some published
 * ones), so that account shows work in progress.
 */
@Startup
@Singleton
@DependsOn("AccountBootstrap")
public class DemoDirectory {

    /** The demo accounts of {@code AccountBootstrap} that write and approve the demo profiles. */
    static final String MEMBER_EMAIL = AccountBootstrap.DEMO_MEMBER_EMAIL;

    static final String ADMIN_EMAIL = AccountBootstrap.DEMO_ADMIN_EMAIL;

    private static final Logger LOG = Logger.getLogger(DemoDirectory.class.getName());

    @EJB
    DatabaseStartup database;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ProfileModeration profiles;

    Clock clock = Clock.systemUTC();

    @PostConstruct
    void loadIntoEmptyDirectory() {
        if (!Boolean.parseBoolean(Setting.of("portal.demo").orElse("false"))) {
            return;
        }
        if (!database.isMigrated()) {
            LOG.warning("Demo directory not loaded: the database is not ready. It is loaded at the next start.");
            return;
        }
        if (em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult() > 0) {
            return;
        }
        Optional<Account> member = account(MEMBER_EMAIL);
        Optional<Account> admin = account(ADMIN_EMAIL);
        if (member.isEmpty() || admin.isEmpty()) {
            LOG.info("Demo directory not loaded: the demo accounts " + MEMBER_EMAIL + " and " + ADMIN_EMAIL
                    + " are missing.");
            return;
        }
        List<DemoOrganization> organizations = DemoOrganizationsCsv.fromClassPath();
        References references = new References(em);
        Instant now = clock.instant();
        organizations.forEach(demo -> create(demo, references, member.get(), admin.get(), now));
        LOG.info("Demo directory: " + organizations.size() + " organizations");
    }

    /** One organization with one revision, as a representative and a moderator would have left it. */
    private void create(DemoOrganization demo, References references, Account member, Account admin, Instant now) {
        OrganizationDetails details = demo.details();
        Municipality municipality = references.municipality(demo.municipality());
        Organization organization = new Organization(details.getKind(), details.getFullName(), municipality);
        OrganizationRevision revision = new OrganizationRevision(organization, 1, member);
        revision.edit(
                details,
                references.legalForm(demo.legalForm()),
                municipality,
                references.activityAreas(demo.activityAreas()),
                references.targetGroups(demo.targetGroups()),
                member);
        String slug = Slug.of(revision);
        organization.listFrom(revision, slug);
        em.persist(organization);
        em.persist(revision);
        if (demo.state() == RevisionState.PENDING) {
            profiles.submit(revision);
        }
        if (demo.state() == RevisionState.PUBLISHED) {
            // the organization points at its published revision, which points back: both rows first
            revision.submitted(now);
            em.flush();
            revision.decided(RevisionState.PUBLISHED, admin, now, null);
            organization.publish(revision, slug);
        }
        if (demo.hasDemoRepresentative()) {
            em.persist(new Representative(organization, member));
        }
    }

    private Optional<Account> account(String email) {
        return em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    /** The reference data by code; a code the database does not know is a mistake in the demo file. */
    private static final class References {

        private final Map<String, Municipality> municipalities;
        private final Map<String, LegalForm> legalForms;
        private final Map<String, ActivityArea> activityAreas;
        private final Map<String, TargetGroup> targetGroups;

        References(EntityManager em) {
            municipalities = byCode(
                    em.createNamedQuery(Municipality.FIND_ALL, Municipality.class)
                            .getResultList(),
                    Municipality::getCode);
            legalForms = byCode(
                    em.createNamedQuery(LegalForm.FIND_ALL, LegalForm.class).getResultList(), ReferenceEntry::getCode);
            activityAreas = byCode(
                    em.createNamedQuery(ActivityArea.FIND_ALL, ActivityArea.class)
                            .getResultList(),
                    ReferenceEntry::getCode);
            targetGroups = byCode(
                    em.createNamedQuery(TargetGroup.FIND_ALL, TargetGroup.class).getResultList(),
                    ReferenceEntry::getCode);
        }

        Municipality municipality(String code) {
            return known(municipalities, code);
        }

        LegalForm legalForm(String code) {
            return code == null ? null : known(legalForms, code);
        }

        Set<ActivityArea> activityAreas(List<String> codes) {
            return codes.stream()
                    .map(code -> known(activityAreas, code))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        Set<TargetGroup> targetGroups(List<String> codes) {
            return codes.stream()
                    .map(code -> known(targetGroups, code))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private static <E> Map<String, E> byCode(List<E> entries, Function<E, String> code) {
            return entries.stream().collect(Collectors.toMap(code, Function.identity()));
        }

        private static <E> E known(Map<String, E> entries, String code) {
            E entry = entries.get(code);
            if (entry == null) {
                throw new IllegalStateException(DemoOrganizationsCsv.RESOURCE + ": unknown code " + code);
            }
            return entry;
        }
    }
}
