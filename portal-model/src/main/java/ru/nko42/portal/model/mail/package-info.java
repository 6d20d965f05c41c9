/** The mail outbox: every mail the portal sends, written in the transaction that asked for it, and its delivery. */
package ru.nko42.portal.model.mail;
