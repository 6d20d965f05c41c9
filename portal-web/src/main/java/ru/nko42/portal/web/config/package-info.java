/** What every page shares: the language choice, the main menu, and the site's contacts. */
package ru.nko42.portal.web.config;
