package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/** One option of an editor's select: an id and what the editor reads. */
public record Choice(long id, String label) implements Serializable {}
