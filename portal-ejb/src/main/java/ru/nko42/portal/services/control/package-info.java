/**
 * What the listing services use: the writer that checks a form into a revision, the schedule form's conversion to
 * HSDS, the moderation of listings (queue kind "service") and their mails, the public page's view model.
 */
package ru.nko42.portal.services.control;
