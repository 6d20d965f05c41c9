package ru.nko42.portal.model.directory;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import ru.nko42.portal.model.common.ReferenceEntry;

/** An area an organization works in (social support, culture, environment, ...). Reference data an ADMIN edits. */
@Entity
@Table(name = "activity_area")
@Cacheable
@NamedQuery(name = ActivityArea.FIND_ALL, query = "SELECT e FROM ActivityArea e ORDER BY e.position, e.nameRu")
public class ActivityArea extends ReferenceEntry {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "ActivityArea.findAll";

    protected ActivityArea() {}

    public ActivityArea(String code, String nameRu, String nameEn, int position) {
        super(code, nameRu, nameEn, position);
    }
}
