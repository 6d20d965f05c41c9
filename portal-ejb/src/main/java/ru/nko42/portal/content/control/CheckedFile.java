package ru.nko42.portal.content.control;

/** What the content check found a file to be; an image's size in pixels (null for documents). */
public record CheckedFile(FileType type, Integer width, Integer height) {}
