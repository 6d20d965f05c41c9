/**
 * Social service listings as pages and forms call them: for now the vocabularies a listing is described with (the
 * 442-FZ forms and types of social services, the recipient categories).
 */
package ru.nko42.portal.services.boundary;
