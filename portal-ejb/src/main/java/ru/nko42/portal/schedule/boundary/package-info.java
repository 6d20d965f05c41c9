/**
 * What other features keep and show of opening hours: the {@link ru.nko42.portal.schedule.boundary.Schedule} of a
 * service or a location (weekly rules, seasons, date exceptions, free text) and the answers computed from it (the
 * hours of a day, the open intervals, the status "open now until ..." as a kind and times for the page to word).
 */
package ru.nko42.portal.schedule.boundary;
