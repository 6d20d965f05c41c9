/** Citizens' reports of errors on public pages: what is wrong, about which subject, and who may be asked back. */
package ru.nko42.portal.model.report;
