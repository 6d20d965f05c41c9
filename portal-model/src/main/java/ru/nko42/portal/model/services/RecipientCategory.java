package ru.nko42.portal.model.services;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import ru.nko42.portal.model.common.ReferenceEntry;

/** A category of people a social service is for (older people, families with children, ...). Reference data an ADMIN edits. */
@Entity
@Table(name = "recipient_category")
@Cacheable
@NamedQuery(
        name = RecipientCategory.FIND_ALL,
        query = "SELECT e FROM RecipientCategory e ORDER BY e.position, e.nameRu")
public class RecipientCategory extends ReferenceEntry {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "RecipientCategory.findAll";

    protected RecipientCategory() {}

    public RecipientCategory(String code, String nameRu, String nameEn, int position) {
        super(code, nameRu, nameEn, position);
    }
}
