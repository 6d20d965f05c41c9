/**
 * Computing opening hours ({@link ru.nko42.portal.schedule.control.OpeningHours}: open at an instant, until when,
 * the next opening, a day's and a week's hours, the status for a page) and mapping schedules to and from Open
 * Referral HSDS 3.0 ({@link ru.nko42.portal.schedule.control.HsdsSchedules}, as JSON with
 * {@link ru.nko42.portal.schedule.control.HsdsScheduleJson}). Pure Java, no database.
 */
package ru.nko42.portal.schedule.control;
