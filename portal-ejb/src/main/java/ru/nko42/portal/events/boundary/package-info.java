/**
 * Events of the centre's site: visitors see them ({@link ru.nko42.portal.events.boundary.EventSiteService}) and
 * register or cancel ({@link ru.nko42.portal.events.boundary.EventRegistrationService}); editors see and manage the
 * participants ({@link ru.nko42.portal.events.boundary.EventParticipantsService}).
 */
package ru.nko42.portal.events.boundary;
