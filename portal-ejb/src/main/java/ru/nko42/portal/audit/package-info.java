/**
 * The audit log: every state change and administrative action recorded with its actor, time, address and changes;
 * read per item and searched by administrators.
 */
package ru.nko42.portal.audit;
