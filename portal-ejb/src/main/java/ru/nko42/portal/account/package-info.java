/** Member accounts: sign-up, login and password reset. */
package ru.nko42.portal.account;
