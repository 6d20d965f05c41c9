/**
 * Events of the centre's site: the list and month calendar ({@code /events}), an event's page with registration,
 * the cancel page, the iCalendar download and the feed, the home page's upcoming events, and for editors the event
 * fields of the piece editor and the participants' page with its exports.
 */
package ru.nko42.portal.web.events;
