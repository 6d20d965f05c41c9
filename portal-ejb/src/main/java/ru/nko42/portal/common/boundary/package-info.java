/** The business exception base class: rolls back, and names the message the user reads. */
package ru.nko42.portal.common.boundary;
