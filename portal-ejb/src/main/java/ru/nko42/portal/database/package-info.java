/** The database itself: schema migrations at start-up and the readiness check. */
package ru.nko42.portal.database;
