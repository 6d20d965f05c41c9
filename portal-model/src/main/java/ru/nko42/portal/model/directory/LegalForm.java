package ru.nko42.portal.model.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import ru.nko42.portal.model.common.ReferenceEntry;

/** A legal form of an organization (АНО, фонд, ТОС, ...). Reference data an ADMIN edits. */
@Entity
@Table(name = "legal_form")
@Cacheable
@NamedQuery(name = LegalForm.FIND_ALL, query = "SELECT e FROM LegalForm e ORDER BY e.position, e.nameRu")
public class LegalForm extends ReferenceEntry {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "LegalForm.findAll";

    /** The only kind of organization this form is offered to; null for both. */
    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", length = 10)
    private OrganizationKind appliesTo;

    protected LegalForm() {}

    public LegalForm(String code, String nameRu, String nameEn, int position, OrganizationKind appliesTo) {
        super(code, nameRu, nameEn, position);
        this.appliesTo = appliesTo;
    }

    public OrganizationKind getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(OrganizationKind appliesTo) {
        this.appliesTo = appliesTo;
    }

    public boolean offeredTo(OrganizationKind kind) {
        return appliesTo == null || appliesTo == kind;
    }
}
