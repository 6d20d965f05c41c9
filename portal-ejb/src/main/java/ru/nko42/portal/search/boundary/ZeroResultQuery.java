package ru.nko42.portal.search.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A search that found nothing, as the administrators' dashboard lists it.
 *
 * @param text the normalised words ("" when only filters were used)
 * @param filters the filters used: parameter names and codes
 * @param count how many times in the period
 * @param lastSeen when last
 */
public record ZeroResultQuery(String text, String filters, long count, Instant lastSeen) implements Serializable {}
