/** Sends one plain-text mail in UTF-8 for the other services; an unreachable mail server is one log line. */
package ru.nko42.portal.mail.boundary;
