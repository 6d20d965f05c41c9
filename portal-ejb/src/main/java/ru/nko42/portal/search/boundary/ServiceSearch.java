package ru.nko42.portal.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import ru.nko42.portal.common.control.Setting;
import ru.nko42.portal.database.boundary.DatabaseStartup;
import ru.nko42.portal.schedule.control.OpeningHours;
import ru.nko42.portal.search.control.ListedService;
import ru.nko42.portal.search.control.ListingReader;
import ru.nko42.portal.search.control.OpeningRegistry;
import ru.nko42.portal.search.control.ServiceIndex;
import ru.nko42.portal.search.control.SynonymList;
import ru.nko42.portal.search.control.SynonymStore;

/**
 * The search of published services, and the owner of its index on the server's disk ({@code search/<application>}
 * under {@code portal.data.dir}, or {@code portal.search.dir}) and of the services' compiled hours.
 *
 * <p>At start the index is reused when its marker matches the database's published listings, else rebuilt from
 * the database in the background (searches meanwhile see the index as it was); the hours are read in the same
 * pass. Afterwards it follows each committed change of a listing ({@link #follow(Collection)}), and an ADMIN can
 * rebuild it ({@link #rebuild()}). A rebuild commits once, at its end; changes that arrive meanwhile are applied
 * after it, in order.
 */
@Startup
@Singleton
@DependsOn("DatabaseStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class ServiceSearch {

    /** How many services a rebuild reads in one transaction. */
    static final int BATCH = 250;

    private static final Logger LOG = Logger.getLogger(ServiceSearch.class.getName());

    @EJB
    DatabaseStartup database;

    @EJB
    ListingReader reader;

    @EJB
    SynonymStore synonymStore;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "java:app/AppName")
    String applicationName;

    private final Object writing = new Object();
    private final OpeningRegistry hours = new OpeningRegistry();
    private final Set<Long> changedMeanwhile = new LinkedHashSet<>();
    private volatile Map<Long, ServiceFacts> facts = new ConcurrentHashMap<>();
    private volatile ServiceIndex index;
    private volatile SynonymList synonyms = SynonymList.defaults();
    private Path folder;

    /** Guarded by {@link #writing}. */
    private boolean rebuilding;

    private boolean closing;
    /** Whether the index was compared with the database (not yet when the database was down at the start). */
    private volatile boolean checked;

    private volatile int done;
    private volatile int total;
    private volatile Instant lastRebuildAt;
    private volatile Duration lastRebuildTook;
    private volatile int lastRebuildCount;

    @PostConstruct
    void open() {
        folder = folder(applicationName);
        synonyms = storedSynonyms();
        index = ServiceIndex.open(folder, synonyms);
        check();
    }

    /** The list administrators saved, else the one the portal ships with (also when the saved one is unusable). */
    private SynonymList storedSynonyms() {
        if (!database.isMigrated()) {
            return SynonymList.defaults();
        }
        try {
            return synonymStore.read().map(SynonymList::parse).orElseGet(SynonymList::defaults);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The saved synonym list cannot be used; the search uses the default one", e);
            return SynonymList.defaults();
        }
    }

    /** Rebuilds the index, or only reads the hours, as the index's marker and the database's tell. */
    private void check() {
        if (!database.isMigrated()) {
            LOG.warning(
                    "Search index not checked: the database is not ready. It is checked at the first search after.");
            return;
        }
        checked = true;
        String current = reader.marker();
        boolean rebuild = index.needsRebuild() || !index.marker().equals(Optional.of(current));
        LOG.info(() -> rebuild
                ? "Search index in " + folder + " is missing or out of date: rebuilding it"
                : "Search index in " + folder + " is up to date (" + index.count() + " services)");
        start(rebuild);
    }

    /**
     * Closes the index and opens it again from the disk as a start of the server does: rebuilt when the database
     * changed behind it (a backup restored, say), else reused. Refused (false) while a rebuild runs.
     */
    @RolesAllowed("ADMIN")
    public boolean reopen() {
        synchronized (writing) {
            if (rebuilding || closing) {
                return false;
            }
            index.close();
            index = ServiceIndex.open(folder, synonyms);
        }
        check();
        return true;
    }

    @PreDestroy
    void close() {
        synchronized (writing) {
            closing = true;
            if (rebuilding) {
                // what a rebuild left half done must not pass for up to date at the next start
                index.commit("interrupted");
            }
            index.close();
        }
    }

    /** The services that match the request: one page, the total, the facet counts. */
    public SearchResult search(SearchRequest request) {
        checkOnce();
        return index.search(request);
    }

    /**
     * The services that match the request and are open at the instant (in Kuzbass time, whatever the server's
     * zone); {@code openAt == null} does not look at hours.
     */
    public SearchResult search(SearchRequest request, Instant openAt) {
        checkOnce();
        if (openAt == null) {
            return index.search(request);
        }
        return index.search(request.among(hours.openAt(openAt)).onPage(request.page(), request.pageSize()));
    }

    /** Those of the services that are open at the instant: for the "open now" badges of a page of hits. */
    public Set<Long> openAmong(Collection<Long> ids, Instant instant) {
        return hours.openAmong(ids, instant);
    }

    /** The compiled hours of a service the index holds (its own and its places'); empty without any. */
    public List<OpeningHours> hoursOf(long serviceId) {
        return hours.hoursOf(serviceId);
    }

    /** What the results show of these services besides their hits; services the index does not hold are missing. */
    public Map<Long, ServiceFacts> facts(Collection<Long> ids) {
        Map<Long, ServiceFacts> found = new HashMap<>();
        Map<Long, ServiceFacts> all = facts;
        for (Long id : ids) {
            ServiceFacts known = all.get(id);
            if (known != null) {
                found.put(id, known);
            }
        }
        return found;
    }

    /** Names of services beginning with what was typed, for the search box. */
    public List<String> suggest(String typed, int limit) {
        return index.suggest(typed, limit);
    }

    /** Makes queries expand into these synonyms from now on. */
    @RolesAllowed("ADMIN")
    public void useSynonyms(SynonymList synonyms) {
        index.useSynonyms(synonyms);
        this.synonyms = synonyms;
    }

    public IndexStatus status() {
        return new IndexStatus(
                index.count(),
                index.marker().orElse(""),
                isRebuilding(),
                done,
                total,
                lastRebuildAt,
                lastRebuildTook,
                lastRebuildCount);
    }

    /** Rebuilds the index from the database in the background, unless a rebuild is running; true if it started. */
    @RolesAllowed("ADMIN")
    public boolean rebuild() {
        return start(true);
    }

    /**
     * Brings the services with these ids in step with the database: puts those citizens may find, removes the
     * others, and commits. Called after the transaction that changed them has committed.
     */
    public void follow(Collection<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        synchronized (writing) {
            if (closing) {
                return;
            }
            if (rebuilding) {
                changedMeanwhile.addAll(serviceIds);
                return;
            }
            apply(reader.read(List.copyOf(serviceIds)));
            index.commit(reader.marker());
        }
    }

    /** {@link #follow(Collection)} for every service of an organization. */
    public void followOrganization(long organizationId) {
        follow(reader.idsOfOrganization(organizationId));
    }

    /** Checks the index against the database once it is ready, if it was not at the start. */
    private void checkOnce() {
        if (!checked && database.isMigrated()) {
            synchronized (writing) {
                if (checked || rebuilding || closing) {
                    return;
                }
                synonyms = storedSynonyms();
                index.useSynonyms(synonyms);
            }
            check();
        }
    }

    /** The folder of the index: its own for each application, so a test deployment never shares the portal's. */
    static Path folder(String application) {
        String base = Setting.of("portal.search.dir")
                .or(() -> Setting.of("portal.data.dir").map(data -> data + "/search"))
                .orElseGet(() -> System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))
                        + "/portal/search");
        return Path.of(base, application);
    }

    private boolean isRebuilding() {
        synchronized (writing) {
            return rebuilding;
        }
    }

    private boolean start(boolean rebuild) {
        synchronized (writing) {
            if (rebuilding || closing) {
                return false;
            }
            rebuilding = true;
            done = 0;
            total = 0;
        }
        executor.submit(() -> load(rebuild));
        return true;
    }

    /** Reads every public service: into the index when rebuilding, into the hours always. */
    private void load(boolean rebuild) {
        Instant started = Instant.now();
        Map<Long, List<OpeningHours>> allHours = new HashMap<>();
        Map<Long, ServiceFacts> allFacts = new HashMap<>();
        int indexed = 0;
        try {
            String marker = reader.marker();
            List<Long> ids = reader.publishedIds();
            total = ids.size();
            if (rebuild) {
                synchronized (writing) {
                    index.clear();
                }
            }
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<ListedService> batch = reader.read(ids.subList(from, Math.min(ids.size(), from + BATCH)));
                synchronized (writing) {
                    if (closing) {
                        return;
                    }
                    for (ListedService listed : batch) {
                        if (listed.listed()) {
                            allHours.put(listed.id(), listed.hours());
                            allFacts.put(listed.id(), ServiceFacts.of(listed.service()));
                            if (rebuild) {
                                index.put(listed.service());
                                indexed++;
                            }
                        }
                    }
                }
                done = Math.min(ids.size(), from + BATCH);
            }
            synchronized (writing) {
                if (closing) {
                    return;
                }
                if (rebuild) {
                    index.commit(marker);
                    lastRebuildAt = Instant.now();
                    lastRebuildTook = Duration.between(started, lastRebuildAt);
                    lastRebuildCount = indexed;
                }
                facts = new ConcurrentHashMap<>(allFacts);
                hours.replaceWith(allHours.entrySet().stream()
                        .filter(entry -> !entry.getValue().isEmpty())
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
                rebuilding = false;
                List<Long> meanwhile = new ArrayList<>(changedMeanwhile);
                changedMeanwhile.clear();
                if (!meanwhile.isEmpty()) {
                    apply(reader.read(meanwhile));
                    index.commit(reader.marker());
                }
            }
            if (rebuild) {
                int count = indexed;
                LOG.info(() -> "Search index rebuilt: " + count + " services in "
                        + Duration.between(started, Instant.now()).toMillis() + " ms");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Search index " + (rebuild ? "rebuild" : "load") + " failed", e);
            synchronized (writing) {
                if (rebuild && !closing) {
                    index.commit("failed");
                }
                rebuilding = false;
            }
        }
    }

    private void apply(List<ListedService> services) {
        for (ListedService listed : services) {
            if (listed.listed()) {
                index.put(listed.service());
                hours.put(listed.id(), listed.hours());
                facts.put(listed.id(), ServiceFacts.of(listed.service()));
            } else {
                index.remove(listed.id());
                hours.remove(listed.id());
                facts.remove(listed.id());
            }
        }
    }
}
