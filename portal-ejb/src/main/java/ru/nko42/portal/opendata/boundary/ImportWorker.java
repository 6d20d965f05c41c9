package ru.nko42.portal.opendata.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import ru.nko42.portal.opendata.control.HsdsRecord;
import ru.nko42.portal.opendata.control.ImportContext;
import ru.nko42.portal.opendata.control.ImportRun;
import ru.nko42.portal.opendata.control.ImportRunner;

/**
 * Runs an import in the background, as the ADMIN who started it; each record has its own transaction, so the run
 * itself has none.
 */
@Stateless
@RolesAllowed("ADMIN")
public class ImportWorker {

    @Inject
    ImportRunner runner;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(List<HsdsRecord> records, ImportContext context, ImportRun run) {
        runner.run(records, context, run);
    }
}
