package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/** A tag of a section's public pieces and how many of them carry it. */
public record TagCount(String tag, long count) implements Serializable {}
