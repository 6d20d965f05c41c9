package ru.nko42.portal.audit.boundary;

/** The kinds of item an audit entry is about; stored by name. */
public enum AuditItem {
    ORGANIZATION,
    ACCOUNT,
    LEGAL_FORM,
    ACTIVITY_AREA,
    TARGET_GROUP,
    RECIPIENT_CATEGORY,
    MODERATION_ITEM,
    REASON_TEMPLATE,
    SERVICE,
    SYNONYM_LIST,
    API_TOKEN,
    CONTENT_PIECE
}
