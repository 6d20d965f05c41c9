/** The home page. */
package ru.nko42.portal.web.home;
