package ru.nko42.portal.model.content;

/** What a file of a piece is for: its cover image, or a document attached to it. */
public enum FilePurpose {
    COVER,
    ATTACHMENT
}
