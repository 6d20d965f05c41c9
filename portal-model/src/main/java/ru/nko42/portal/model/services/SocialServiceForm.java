package ru.nko42.portal.model.services;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import ru.nko42.portal.model.common.ReferenceEntry;

/**
 * A form of social services under Federal Law 442-FZ, article 19 (at home, semi-residential, residential).
 * Fixed by law: loaded by the migration from {@code db/seed/social-services-442fz.csv} and edited by nobody, so no
 * reference list offers it to administrators.
 */
@Entity
@Table(name = "social_service_form")
@Cacheable
@NamedQuery(
        name = SocialServiceForm.FIND_ALL,
        query = "SELECT e FROM SocialServiceForm e ORDER BY e.position, e.nameRu")
public class SocialServiceForm extends ReferenceEntry {

    private static final long serialVersionUID = 1L;

    /** The code of social service at home (на дому). */
    public static final String HOME = "home";

    public static final String FIND_ALL = "SocialServiceForm.findAll";

    protected SocialServiceForm() {}

    public SocialServiceForm(String code, String nameRu, String nameEn, int position) {
        super(code, nameRu, nameEn, position);
    }
}
