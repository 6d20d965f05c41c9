/** Public pages of the directory: the municipalities and the organizations published in them. */
package ru.nko42.portal.web.directory;
