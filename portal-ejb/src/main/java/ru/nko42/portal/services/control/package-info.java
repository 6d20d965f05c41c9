/**
 * What the listings feature does behind its boundaries: turning a published listing into what the search index and
 * the "open now" filter need.
 */
package ru.nko42.portal.services.control;
