package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.util.List;

/** The public reports of one year, newest published first. */
public record ReportYear(int year, List<PublicPiece> reports) implements Serializable {}
