package ru.nko42.portal.directory.boundary;

import java.io.Serializable;

/**
 * The freshness rule in force (from the installation's settings) and where the published organizations stand:
 * asked and not answered yet, and stale.
 */
public record FreshnessOverview(int months, int graceDays, long awaitingAnswer, long stale) implements Serializable {}
