package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A project's public page: the card (piece, funder, period), grant number, goals, results, the partners published in
 * the directory, and the project's public news and events, newest first.
 */
public record ProjectPage(
        ProjectCard card,
        String grantNumber,
        String goals,
        String results,
        List<PartnerLink> partners,
        List<PublicPiece> news,
        List<PublicPiece> events)
        implements Serializable {}
