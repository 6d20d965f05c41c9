package ru.nko42.portal.opendata.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import ru.nko42.portal.model.account.Account;
import ru.nko42.portal.opendata.boundary.ImportOptions;
import ru.nko42.portal.opendata.boundary.InvalidImportFileException;

/** Reads a file given to import into its records, with the import's options checked, or refuses it as a whole. */
@Dependent
public class ImportFiles {

    @Inject
    PortalVocabulary vocabulary;

    /** @throws InvalidImportFileException when the file or the default municipality is refused */
    public List<HsdsRecord> read(byte[] content, ImportOptions options) {
        String municipality = options.defaultMunicipality();
        if (municipality != null && !municipality.isBlank() && !vocabulary.municipalityExists(municipality)) {
            throw new InvalidImportFileException("import.error.municipality");
        }
        try {
            return HsdsDocuments.read(content);
        } catch (UnreadableFileException e) {
            throw new InvalidImportFileException(e.messageKey());
        }
    }

    /** The context of an import by the ADMIN with the options. */
    public static ImportContext context(Account admin, ImportOptions options) {
        String municipality = options.defaultMunicipality();
        return new ImportContext(
                admin.getId(), options.publish(), municipality == null || municipality.isBlank() ? null : municipality);
    }
}
