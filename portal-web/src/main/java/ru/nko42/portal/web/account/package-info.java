/** Pages of accounts: sign up, confirm the address, log in and out, forgotten password, my account. */
package ru.nko42.portal.web.account;
