/**
 * The rules of a report's text, the keyed hash of the sender's address, the hourly limit, the report's kind in the
 * moderation queue, and the mail that forwards it to the representatives.
 */
package ru.nko42.portal.report.control;
