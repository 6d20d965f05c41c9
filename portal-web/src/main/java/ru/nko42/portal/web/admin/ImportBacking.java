package ru.nko42.portal.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import ru.nko42.portal.opendata.boundary.ImportOptions;
import ru.nko42.portal.opendata.boundary.ImportProgress;
import ru.nko42.portal.opendata.boundary.ImportRefusal;
import ru.nko42.portal.opendata.boundary.ImportService;
import ru.nko42.portal.opendata.boundary.InvalidImportFileException;
import ru.nko42.portal.opendata.boundary.MunicipalityOption;
import ru.nko42.portal.web.account.Messages;

/**
 * The import page, {@code /admin/import}: an ADMIN uploads HSDS 3.0 JSON or an HSDS CSV data package, chooses to
 * publish the records or send them to moderation and the municipality of records naming none of Kuzbass, and
 * follows the import in the background (the page polls its progress) to its report with every refusal.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The file field, where a refused file's message goes. */
    static final String FILE_FIELD = "import:file";

    @Inject
    ImportService imports;

    private transient UploadedFile file;
    private boolean publish;
    private String municipality;
    private String runId;
    private ImportProgress progress;
    private List<MunicipalityOption> municipalities;

    public void load() {
        municipalities = imports.municipalities();
    }

    /** Starts importing the uploaded file; a file refused as a whole is said next to the file field. */
    public void start() {
        if (file == null || file.getSize() == 0) {
            Messages.error(FILE_FIELD, "import.error.empty", null);
            return;
        }
        try {
            runId = imports.start(file.getContent(), new ImportOptions(publish, municipality));
            progress = imports.progress(runId);
        } catch (InvalidImportFileException refused) {
            Messages.error(FILE_FIELD, refused.messageKey(), null);
        } finally {
            file = null;
        }
    }

    /** The page asks again how far the import is. */
    public void poll() {
        if (runId != null) {
            progress = imports.progress(runId);
        }
    }

    /** A refusal's reason in the page's language. */
    public String reason(ImportRefusal refusal) {
        return refusal.reasonKey() == null
                ? refusal.text()
                : Messages.has(refusal.reasonKey()) ? Messages.text(refusal.reasonKey()) : refusal.reasonKey();
    }

    public String municipalityName(MunicipalityOption option) {
        return option.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isRunning() {
        return progress != null && !progress.finished();
    }

    public boolean isFinished() {
        return progress != null && progress.finished();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public List<MunicipalityOption> getMunicipalities() {
        return municipalities;
    }
}
