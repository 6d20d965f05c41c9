/**
 * The full-text search of the social service listings: a Lucene index on the server's disk with Russian
 * morphology, synonyms, typo tolerance, facets, distance and highlighted snippets. No database and no pages here:
 * the listings feature feeds the index with {@link ru.nko42.portal.search.boundary.IndexedService}s and the pages
 * ask it with {@link ru.nko42.portal.search.boundary.SearchRequest}s through
 * {@link ru.nko42.portal.search.control.ServiceIndex}.
 */
package ru.nko42.portal.search;
