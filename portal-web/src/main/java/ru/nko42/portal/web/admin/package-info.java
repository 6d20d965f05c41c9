/** Pages of the portal's administrators: the directory's reference lists. */
package ru.nko42.portal.web.admin;
