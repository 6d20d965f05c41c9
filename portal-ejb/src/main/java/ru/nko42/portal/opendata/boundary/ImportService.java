package ru.nko42.portal.opendata.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import ru.nko42.portal.account.control.CallerAccount;
import ru.nko42.portal.common.boundary.NotPermittedException;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.model.directory.Municipality;
import ru.nko42.portal.opendata.control.HsdsDocuments;
import ru.nko42.portal.opendata.control.HsdsRecord;
import ru.nko42.portal.opendata.control.ImportFiles;
import ru.nko42.portal.opendata.control.ImportRun;
import ru.nko42.portal.opendata.control.ImportRunner;
import ru.nko42.portal.opendata.control.ImportRuns;

/**
 * Imports HSDS 3.0 open data into the directory for an ADMIN: a file of JSON (one document, a list, or one document
 * a line) or an HSDS CSV data package (a zip), at most {@link HsdsDocuments#MOST_BYTES} bytes and
 * {@link HsdsDocuments#MOST_RECORDS} records. The file is read at once (a file that cannot be read is refused as a
 * whole); its records are imported in the background, each alone, and the page follows the run by its id. Records
 * are published directly or submitted to the moderation queue, as {@link ImportOptions} say.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ImportService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    ImportRuns runs;

    @Inject
    ImportWorker worker;

    @Inject
    ImportRunner runner;

    @Inject
    ImportFiles files;

    /**
     * Reads the file and starts importing its records in the background.
     *
     * @return the id of the run, for {@link #progress}
     * @throws InvalidImportFileException when the file or the options are refused as a whole
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String start(byte[] content, ImportOptions options) {
        Account admin = caller.get();
        List<HsdsRecord> records = files.read(content, options);
        ImportRun run = runs.start(admin.getEmail(), records.size());
        worker.run(records, ImportFiles.context(admin, options), run);
        return run.id();
    }

    /** Imports the file at once and answers the report (for files small enough to wait for). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importNow(byte[] content, ImportOptions options) {
        Account admin = caller.get();
        List<HsdsRecord> records = files.read(content, options);
        ImportRun run = runs.start(admin.getEmail(), records.size());
        runner.run(records, ImportFiles.context(admin, options), run);
        return run.report();
    }

    /** The municipalities of Kuzbass, for the default of records that name none. */
    public List<MunicipalityOption> municipalities() {
        return em.createNamedQuery(Municipality.FIND_ALL, Municipality.class).getResultList().stream()
                .map(m -> new MunicipalityOption(m.getCode(), m.getNameRu(), m.getNameEn()))
                .toList();
    }

    /**
     * How far the caller's run is.
     *
     * @throws NotPermittedException for a run unknown or someone else's
     */
    public ImportProgress progress(String runId) {
        String email = caller.get().getEmail();
        return runs.find(runId)
                .filter(run -> run.owner().equals(email))
                .map(ImportRun::progress)
                .orElseThrow(NotPermittedException::new);
    }
}
