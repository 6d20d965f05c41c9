package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.util.List;

/** The about page: the centre's own text and contacts (null when none is published yet) and the team in order. */
public record AboutPage(PublicPiece about, AboutDetails contacts, List<TeamMemberCard> team) implements Serializable {}
