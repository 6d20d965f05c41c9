/**
 * The Lucene side of the service search: the Russian analysis and its synonym list, the index on disk with its
 * one writer and many searchers, and the pieces of a search (query, facet counts, snippets, autocomplete).
 */
package ru.nko42.portal.search.control;
