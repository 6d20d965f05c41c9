package ru.nko42.portal.opendata.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.nko42.portal.common.boundary.BusinessException;
import ru.nko42.portal.common.boundary.FieldProblem;
import ru.nko42.portal.common.control.ExceptionChain;
import ru.nko42.portal.directory.boundary.InvalidProfileException;
import ru.nko42.portal.opendata.boundary.ImportRefusal;
import ru.nko42.portal.services.boundary.InvalidServiceException;

/**
 * Runs the records of an import one by one, each in its own transaction ({@link RecordImport}), and counts what
 * became of each in the run; a record refused (by a rule, or by the database) is reported with its reason and the
 * next one goes on.
 */
@Dependent
public class ImportRunner {

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    RecordImport records;

    public void run(List<HsdsRecord> all, ImportContext context, ImportRun run) {
        try {
            for (HsdsRecord record : all) {
                importOne(record, context, run);
            }
        } finally {
            run.finished();
        }
    }

    private void importOne(HsdsRecord record, ImportContext context, ImportRun run) {
        if (record.unreadable() != null) {
            run.refused(refusal(record, record.unreadable(), null, null));
            return;
        }
        try {
            RecordImport.Result result = record.kind() == HsdsRecord.Kind.ORGANIZATION
                    ? records.organization(record, context)
                    : records.service(record, context);
            run.counted(result.outcome());
        } catch (RuntimeException e) {
            run.refused(refusalOf(record, e));
        }
    }

    private static ImportRefusal refusalOf(HsdsRecord record, RuntimeException thrown) {
        BusinessException business = cause(thrown, BusinessException.class);
        if (business instanceof InvalidServiceException invalid) {
            return problem(record, invalid.problems());
        }
        if (business instanceof InvalidProfileException invalid) {
            return problem(record, invalid.problems());
        }
        if (business != null) {
            return refusal(record, business.messageKey(), null, null);
        }
        if (thrown instanceof EJBException
                || thrown instanceof PersistenceException
                || cause(thrown, RollbackException.class) != null
                || cause(thrown, PersistenceException.class) != null) {
            LOG.log(
                    Level.INFO,
                    "An imported record was refused by the database: {0}",
                    ExceptionChain.root(thrown).getClass().getName());
            return refusal(record, "import.refused.database", null, null);
        }
        // the class and place only: an exception's message may quote the record's content
        Throwable root = ExceptionChain.root(thrown);
        StackTraceElement[] where = root.getStackTrace();
        LOG.log(Level.WARNING, "An imported record failed: {0} at {1}", new Object[] {
            root.getClass().getName(), where.length == 0 ? "?" : where[0]
        });
        return refusal(record, "import.refused.failed", null, null);
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        return ExceptionChain.of(thrown)
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElse(null);
    }

    /** The first problem names the reason; a record rarely breaks several rules at once. */
    private static ImportRefusal problem(HsdsRecord record, List<FieldProblem> problems) {
        FieldProblem first = problems.get(0);
        return refusal(record, first.messageKey(), first.field(), first.text());
    }

    private static ImportRefusal refusal(HsdsRecord record, String key, String field, String text) {
        String kind = switch (record.kind()) {
            case ORGANIZATION -> "organization";
            case SERVICE -> "service";
            case UNKNOWN -> "record";
        };
        return new ImportRefusal(kind, record.position(), record.id(), record.name(), key, field, text);
    }
}
