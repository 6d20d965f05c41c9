package ru.nko42.portal.opendata.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The imports of this server, while they run and a while after: the latest {@link #KEPT} by an unguessable id. They
 * live in memory only; a report that must last is the audit log's entries of the records.
 */
@ApplicationScoped
public class ImportRuns {

    static final int KEPT = 50;

    private final Map<String, ImportRun> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportRun> eldest) {
            return size() > KEPT;
        }
    };

    public synchronized ImportRun start(String owner, int total) {
        ImportRun run = new ImportRun(UUID.randomUUID().toString(), owner, total);
        runs.put(run.id(), run);
        return run;
    }

    public synchronized Optional<ImportRun> find(String id) {
        return Optional.ofNullable(id == null ? null : runs.get(id));
    }
}
