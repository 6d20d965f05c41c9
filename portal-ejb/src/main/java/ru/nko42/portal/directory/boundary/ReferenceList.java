package ru.nko42.portal.directory.boundary;

import java.util.Arrays;
import java.util.Optional;
import ru.nko42.portal.model.common.ReferenceEntry;
import ru.nko42.portal.model.directory.ActivityArea;
import ru.nko42.portal.model.directory.LegalForm;
import ru.nko42.portal.model.directory.TargetGroup;
import ru.nko42.portal.model.services.RecipientCategory;

/**
 * The reference lists an ADMIN edits (the directory's and the social service listings' recipient categories), each
 * with the name it has in addresses ({@code legal-form}). Each value's name is also its {@code AuditItem}.
 */
public enum ReferenceList {
    LEGAL_FORM("legal-form", LegalForm.class, LegalForm.FIND_ALL),
    ACTIVITY_AREA("activity-area", ActivityArea.class, ActivityArea.FIND_ALL),
    TARGET_GROUP("target-group", TargetGroup.class, TargetGroup.FIND_ALL),
    RECIPIENT_CATEGORY("recipient-category", RecipientCategory.class, RecipientCategory.FIND_ALL);

    private final String slug;
    private final Class<? extends ReferenceEntry> entityType;
    private final String findAll;

    ReferenceList(String slug, Class<? extends ReferenceEntry> entityType, String findAll) {
        this.slug = slug;
        this.entityType = entityType;
        this.findAll = findAll;
    }

    /** The list's name in addresses and element ids. */
    public String slug() {
        return slug;
    }

    /** Only legal forms say which kind of organization they are offered to. */
    public boolean hasAppliesTo() {
        return this == LEGAL_FORM;
    }

    public static Optional<ReferenceList> bySlug(String slug) {
        return Arrays.stream(values()).filter(list -> list.slug.equals(slug)).findFirst();
    }

    Class<? extends ReferenceEntry> entityType() {
        return entityType;
    }

    String findAll() {
        return findAll;
    }
}
