/**
 * The pages of social service listings: the member's editor and the list of an organization's services in my
 * account, the public service page with its print version, and the moderator's view of a submitted listing.
 */
package ru.nko42.portal.web.services;
