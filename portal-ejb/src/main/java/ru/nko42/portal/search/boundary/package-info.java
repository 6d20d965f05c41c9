/**
 * What the service search takes and gives: the service as it is indexed, the request (text, filters, place, sort,
 * page) and the result (hits with highlighted runs, facet counts), all plain records independent of JPA and Lucene.
 */
package ru.nko42.portal.search.boundary;
