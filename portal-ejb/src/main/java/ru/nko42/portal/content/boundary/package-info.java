/**
 * The centre's own site: editors write, schedule, publish and unpublish pieces ({@link
 * ru.nko42.portal.content.boundary.ContentEditingService}); visitors read the public ones ({@link
 * ru.nko42.portal.content.boundary.ContentSiteService}).
 */
package ru.nko42.portal.content.boundary;
