/**
 * Social service listings as pages and forms call them: the vocabularies a listing is described with (the 442-FZ
 * forms and types of social services, the recipient categories), the members' editing of their organization's
 * listings, the public service page, and what moderators do about listings besides deciding queue items.
 */
package ru.nko42.portal.services.boundary;
