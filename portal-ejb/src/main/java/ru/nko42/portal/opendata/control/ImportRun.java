package ru.nko42.portal.opendata.control;

import java.util.ArrayList;
import java.util.List;
import ru.nko42.portal.opendata.boundary.ImportOutcome;
import ru.nko42.portal.opendata.boundary.ImportProgress;
import ru.nko42.portal.opendata.boundary.ImportRefusal;
import ru.nko42.portal.opendata.boundary.ImportReport;

/** One import as it goes: records done of the total, the outcomes so far, and whether it has finished. */
public final class ImportRun {

    private final String id;
    private final String owner;
    private final int total;
    private int done;
    private int created;
    private int updated;
    private int unchanged;
    private final List<ImportRefusal> refusals = new ArrayList<>();
    private boolean finished;

    public ImportRun(String id, String owner, int total) {
        this.id = id;
        this.owner = owner;
        this.total = total;
    }

    public String id() {
        return id;
    }

    /** The e-mail of the ADMIN who started it: only they follow it. */
    public String owner() {
        return owner;
    }

    public synchronized void counted(ImportOutcome outcome) {
        switch (outcome) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
            case REFUSED -> throw new IllegalArgumentException("a refusal has its reason");
        }
        done++;
    }

    public synchronized void refused(ImportRefusal refusal) {
        refusals.add(refusal);
        done++;
    }

    public synchronized void finished() {
        finished = true;
    }

    public synchronized ImportReport report() {
        return new ImportReport(created, updated, unchanged, refusals.size(), refusals);
    }

    public synchronized ImportProgress progress() {
        return new ImportProgress(id, done, total, finished, report());
    }
}
