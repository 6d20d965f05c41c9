/**
 * The member directory: municipalities of Kuzbass (reference data) and the organizations (NGOs and TOS)
 * registered in them.
 */
package ru.nko42.portal.model.directory;
