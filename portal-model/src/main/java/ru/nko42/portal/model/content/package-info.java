/**
 * The centre's own pages (news now; events, projects, practices and the rest later): pieces edited and published by
 * editors, their tags and the slugs they were once reachable under.
 */
package ru.nko42.portal.model.content;
