package ru.nko42.portal.opendata.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.opendata.control.ApiTokens;
import ru.nko42.portal.opendata.control.HsdsDocuments;
import ru.nko42.portal.opendata.control.HsdsRecord;
import ru.nko42.portal.opendata.control.ImportFiles;
import ru.nko42.portal.opendata.control.ImportRun;
import ru.nko42.portal.opendata.control.ImportRunner;
import ru.nko42.portal.opendata.control.ImportRuns;

/**
 * The import of machine clients ({@code POST /api/hsds/import}): the bearer token stands for the ADMIN who created
 * it, and the import runs as that ADMIN (the audit names them), at once, answering the report. The token is the
 * only credential, so this boundary is open to all and checks the token itself before reading anything.
 */
@Stateless
@PermitAll
public class ApiImport {

    @Inject
    ApiTokens tokens;

    @Inject
    ImportFiles files;

    @Inject
    ImportRunner runner;

    @Inject
    ImportRuns runs;

    /**
     * Imports the file as the token's ADMIN. The file must be what its type says: a zip when {@code declaredZip},
     * else JSON.
     *
     * @throws InvalidApiTokenException without a valid token (nothing is read then)
     * @throws InvalidImportFileException when the file or the options are refused as a whole
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportReport importFile(String bearerToken, byte[] content, boolean declaredZip, ImportOptions options) {
        Account admin = tokens.adminOf(bearerToken);
        if (content.length > 0 && declaredZip != HsdsDocuments.isZip(content)) {
            throw new InvalidImportFileException("import.error.contentType");
        }
        List<HsdsRecord> records = files.read(content, options);
        ImportRun run = runs.start(admin.getEmail(), records.size());
        runner.run(records, ImportFiles.context(admin, options), run);
        return run.report();
    }
}
