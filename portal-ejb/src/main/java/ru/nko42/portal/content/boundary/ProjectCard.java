package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A project in a list: the piece, its funder and grant period, and whether it still runs (in Kuzbass today). */
public record ProjectCard(PublicPiece piece, String funder, LocalDate periodFrom, LocalDate periodTo, boolean current)
        implements Serializable {}
