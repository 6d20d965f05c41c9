/**
 * Citizens' reports of errors: anyone reports what is wrong on a public profile; the report waits in the moderation
 * queue of the organization's municipality, and a moderator forwards it to the representatives or dismisses it.
 */
package ru.nko42.portal.report;
