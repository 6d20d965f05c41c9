package ru.nko42.portal.opendata.boundary;

import java.io.Serializable;

/** A token just created: the only time the token itself is known; the portal keeps only its hash. */
public record NewApiToken(long id, String name, String token) implements Serializable {}
