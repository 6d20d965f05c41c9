/**
 * The pages of social service listings: the member's editor and the list of an organization's services in my
 * account, the public service page with its print version, the moderator's view of a submitted listing, and the
 * citizens' search ({@code /services}: results, facets, map, no results) with the autocomplete of its search box.
 */
package ru.nko42.portal.web.services;
