/**
 * Open data in the Open Referral HSDS 3.0 format: the identifiers, the documents written from the portal's
 * published records, and the reading of documents and CSV data packages that imports bring.
 */
package ru.nko42.portal.opendata.control;
