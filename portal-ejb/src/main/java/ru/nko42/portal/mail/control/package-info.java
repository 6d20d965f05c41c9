/** Builds the MIME message of a mail and tells an unreachable mail server from other failures. */
package ru.nko42.portal.mail.control;
