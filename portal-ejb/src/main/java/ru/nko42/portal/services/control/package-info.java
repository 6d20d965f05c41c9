/**
 * What the listings feature does behind its boundaries: the writer that checks a form into a revision, the schedule
 * form's conversion to HSDS, the moderation of listings (queue kind "service") and their mails, the public page's
 * view model, and turning a published listing into what the search index and the "open now" filter need.
 */
package ru.nko42.portal.services.control;
