/** How search engines and link previews find the portal: sitemap.xml, robots.txt, Open Graph tags. */
package ru.nko42.portal.web.discovery;
