package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;

/**
 * A record the import refused: what it was ({@code organization}, {@code service} or {@code record} when it could
 * not be read as either), where in the file (line or position), its id and name as the file gave them, and why: the
 * key of a message in the portal's bundles, with the field of the portal's form it concerns (or null), or a
 * validator's message as it wrote it ({@code text}, then the key is null).
 */
public record ImportRefusal(
        String kind, int position, String id, String name, String reasonKey, String field, String text)
        implements Serializable {}
