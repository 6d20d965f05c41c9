package ru.nko42.portal.content.boundary;

import java.io.Serializable;

/**
 * What a public slug leads to: the piece, or (for a slug the piece had before) the current slug to redirect to
 * permanently, or nothing (no such slug, or the piece is not public).
 */
public record SlugLookup(PublicPiece piece, String movedTo) implements Serializable {

    static SlugLookup found(PublicPiece piece) {
        return new SlugLookup(piece, null);
    }

    static SlugLookup moved(String slug) {
        return new SlugLookup(null, slug);
    }

    static SlugLookup none() {
        return new SlugLookup(null, null);
    }

    public boolean isFound() {
        return piece != null;
    }

    public boolean isMoved() {
        return movedTo != null;
    }
}
