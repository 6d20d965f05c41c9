/**
 * "Report an error": the public form behind every profile's link, and what a moderator reads of a report in the
 * queue.
 */
package ru.nko42.portal.web.report;
