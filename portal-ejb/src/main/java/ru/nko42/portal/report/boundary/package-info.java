/**
 * Sending a report (public, with a honeypot and a limit per sender's address) and reading one for a moderator of
 * its municipality.
 */
package ru.nko42.portal.report.boundary;
