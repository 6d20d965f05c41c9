/** The pieces of an audit entry: the client's address, the changed fields as JSON, and rows as CSV. */
package ru.nko42.portal.audit.control;
