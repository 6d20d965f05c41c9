package ru.nko42.portal.model.content;

/**
 * Where a piece is in its life. A {@link #SCHEDULED} piece becomes public by itself once its publish-at time has
 * come (no job flips it); see {@link ContentPiece#isPublicAt}.
 */
public enum ContentState {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
