/** Flyway, configured for the portal's migrations in {@code db/migration}. */
package ru.nko42.portal.database.control;
