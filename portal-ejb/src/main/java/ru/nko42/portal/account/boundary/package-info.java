/**
 * Sign-up with e-mail confirmation, login checks and password reset by a mailed link. The mail itself is sent
 * after the transaction commits, by whoever observes {@link ru.nko42.portal.account.boundary.AccountMailRequested}.
 */
package ru.nko42.portal.account.boundary;
