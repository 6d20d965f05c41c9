/** The HTTP API: open data in the HSDS 3.0 format, and its import for machine clients. */
package ru.nko42.portal.web.api;
