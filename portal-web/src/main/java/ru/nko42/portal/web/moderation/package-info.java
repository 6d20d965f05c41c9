/** The moderators' pages: the queue, one item, a moderated organization, and the count in the menu. */
package ru.nko42.portal.web.moderation;
