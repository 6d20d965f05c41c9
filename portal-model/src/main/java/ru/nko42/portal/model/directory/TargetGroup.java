package ru.nko42.portal.model.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import ru.nko42.portal.model.common.ReferenceEntry;

/** A group of people an organization works for (older people, families with children, ...). Reference data an ADMIN edits. */
@Entity
@Table(name = "target_group")
@Cacheable
@NamedQuery(name = TargetGroup.FIND_ALL, query = "SELECT e FROM TargetGroup e ORDER BY e.position, e.nameRu")
public class TargetGroup extends ReferenceEntry {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "TargetGroup.findAll";

    protected TargetGroup() {}

    public TargetGroup(String code, String nameRu, String nameEn, int position) {
        super(code, nameRu, nameEn, position);
    }
}
