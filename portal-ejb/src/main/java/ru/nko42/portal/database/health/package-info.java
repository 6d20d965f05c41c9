/**
 * Health checks read by WildFly's health endpoint (management port, {@code /health/ready}). In an EAR WildFly
 * finds health checks only in the EAR's lib/, so this package is built into a jar of its own (classifier
 * {@code health}) that the EAR puts there; it must not use the EJBs of this module.
 */
package ru.nko42.portal.database.health;
