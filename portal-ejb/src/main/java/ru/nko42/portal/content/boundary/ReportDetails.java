package ru.nko42.portal.content.boundary;

/** A public report's own field: the year it reports on, under which /reports lists it. */
public record ReportDetails(Integer year) implements PieceDetails {}
