/** The centre's own site: the editors' pages ({@code /editor}), the news pages, their feed and the home's latest. */
package ru.nko42.portal.web.content;
