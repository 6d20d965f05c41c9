/** What every feature's services share: the base of the exceptions a user is told about. */
package ru.nko42.portal.common;
