/**
 * Builds the MIME message of a mail and tells an unreachable mail server from other failures; one run of the
 * outbox, its back-off between attempts, and the nudge that sends a mail right after its transaction commits.
 */
package ru.nko42.portal.mail.control;
