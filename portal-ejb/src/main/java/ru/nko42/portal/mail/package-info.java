/** The mail the portal sends, through WildFly's mail session {@code java:jboss/mail/portal}. */
package ru.nko42.portal.mail;
