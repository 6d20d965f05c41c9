/** What search engines are told of: every public page of the portal, for {@code sitemap.xml}. */
package ru.nko42.portal.sitemap.boundary;
