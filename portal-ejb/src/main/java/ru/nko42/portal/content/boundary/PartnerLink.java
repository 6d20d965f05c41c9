package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/** A partner organization of a project as its page links it: the name and the directory profile's path. */
public record PartnerLink(long id, String name, String path) implements Serializable {}
