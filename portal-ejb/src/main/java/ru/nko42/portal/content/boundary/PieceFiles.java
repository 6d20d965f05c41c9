package ru.nko42.portal.content.boundary;

import java.io.Serializable;
import java.util.List;

/** The files of one piece as its editor sees them: the cover (or null) and the attachments in their order. */
public record PieceFiles(FileView cover, List<FileView> attachments) implements Serializable {}
