/** Open data: the API tokens with which machine clients import HSDS documents as an administrator. */
package ru.nko42.portal.model.opendata;
