/**
 * The moderation workspace: the queue of everything waiting for a moderator, claims on its items, and decisions;
 * the numbers of the moderators' dashboard, and their daily digest of new items.
 * Features plug their kinds of item in by implementing {@link ru.nko42.portal.moderation.boundary.ModerationSubject}
 * and putting their items in with {@link ru.nko42.portal.moderation.control.ModerationQueue}.
 */
package ru.nko42.portal.moderation;
