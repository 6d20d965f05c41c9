/**
 * Events of the centre's site: the date, place and registration settings of an event piece, and the visitors
 * registered for it (confirmed or waiting for a place).
 */
package ru.nko42.portal.model.events;
