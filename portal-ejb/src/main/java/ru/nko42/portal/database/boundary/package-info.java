/** Migrates the schema when the portal starts and retries while the database is down. */
package ru.nko42.portal.database.boundary;
