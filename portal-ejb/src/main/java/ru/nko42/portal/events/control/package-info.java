/**
 * What the event services use: the rules of an event's fields and of the registration form, the event details'
 * store of the editor, the places and the waiting list, the iCalendar writer and the registration mails.
 */
package ru.nko42.portal.events.control;
