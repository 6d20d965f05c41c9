package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.OrganizationKind;

/**
 * An entry of a reference list as the administrators' page shows it, active or not, with the version an edit starts
 * from. {@code appliesTo} is set for legal forms offered to one kind of organization only.
 */
public record ReferenceEntryView(
        long id,
        long version,
        String code,
        String nameRu,
        String nameEn,
        int position,
        boolean active,
        OrganizationKind appliesTo)
        implements Serializable {

    static ReferenceEntryView of(ReferenceEntry entry) {
        OrganizationKind appliesTo = entry instanceof LegalForm form ? form.getAppliesTo() : null;
        return new ReferenceEntryView(
                entry.getId(),
                entry.getVersion(),
                entry.getCode(),
                entry.getNameRu(),
                entry.getNameEn(),
                entry.getPosition(),
                entry.isActive(),
                appliesTo);
    }
}
