/** What the public directory shows: municipalities and the organizations published in them. */
package ru.nko42.portal.directory.boundary;
