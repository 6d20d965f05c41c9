/**
 * Social service listings and their vocabularies: the forms and types of social services of Federal Law 442-FZ
 * (fixed by law) and the categories of recipients (a reference list an ADMIN edits).
 */
package ru.nko42.portal.model.services;
