/** Recording actions in the audit log (called by the other boundaries) and searching it (administrators). */
package ru.nko42.portal.audit.boundary;
