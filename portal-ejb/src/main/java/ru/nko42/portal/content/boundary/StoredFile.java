package ru.nko42.portal.content.boundary;

import java.nio.file.Path;

/** A file to send: what it is, where its bytes are, and whether its piece is public now (else only editors get it). */
public record StoredFile(FileView file, Path bytes, boolean publicNow) {}
