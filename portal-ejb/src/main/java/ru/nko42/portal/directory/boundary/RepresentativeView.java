package ru.nko42.portal.directory.boundary;

import java.io.Serializable;
import java.time.Instant;

/** A representative of an organization, as its other representatives see them. */
public record RepresentativeView(String name, String email, Instant since) implements Serializable {}
