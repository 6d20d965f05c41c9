/** The moderation queue: whatever a member or a citizen submits waits here for a moderator's decision. */
package ru.nko42.portal.model.moderation;
