/**
 * The citizens' search of social services: {@code /services} (results, facets, map, no results), and the
 * autocomplete of its search box.
 */
package ru.nko42.portal.web.services;
