/**
 * Accounts of the people who use the portal with a login: their roles, and the single-use tokens mailed to them
 * (e-mail confirmation, password reset).
 */
package ru.nko42.portal.model.account;
