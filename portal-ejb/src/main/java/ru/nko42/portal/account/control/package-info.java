/** Password hashing (PBKDF2) and the password policy checked when a member chooses a new password. */
package ru.nko42.portal.account.control;
