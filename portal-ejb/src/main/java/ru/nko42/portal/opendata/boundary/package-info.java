/**
 * Open data in the Open Referral HSDS 3.0 format: the read-only directory the API and the downloads serve, the
 * import of documents and data packages, and the API tokens of machine clients.
 */
package ru.nko42.portal.opendata.boundary;
