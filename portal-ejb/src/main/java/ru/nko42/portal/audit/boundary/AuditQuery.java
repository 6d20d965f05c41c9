package ru.nko42.portal.audit.boundary;

import java.time.LocalDate;

/**
 * A search of the audit log: text found in the actor's e-mail, the action, the item type or the changes (a number
 * also matches the item's id), the kind of item, and the days (in Kuzbass time, both included). Every part is
 * optional.
 */
public record AuditQuery(String text, AuditItem itemType, LocalDate from, LocalDate to) {}
