/** The search of the whole site, {@code /search}: the centre's pages, with the way on to services and organizations. */
package ru.nko42.portal.web.sitesearch;
