package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;

/**
 * How to import: publish the records directly (approved, audited as the ADMIN's import), or submit them to the
 * moderation queue; and the municipality (by code) of records that name none of Kuzbass, null for none (such
 * records are then refused).
 */
public record ImportOptions(boolean publish, String defaultMunicipality) implements Serializable {}
