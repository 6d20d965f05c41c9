/**
 * The public "Open data" page: what the portal publishes as open data and where, and the tables of the published
 * organizations and services with their CSV and XLSX downloads.
 */
package ru.nko42.portal.web.opendata;
