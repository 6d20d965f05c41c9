package ru.nko42.portal.sitemap.boundary;

import java.time.Instant;

/** A public page: its path from the context root (query included) and when it last changed, when known. */
public record SitemapEntry(String path, Instant lastModified) {}
