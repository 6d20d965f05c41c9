/**
 * The mail outbox: services write their mails into it in their own transaction ({@code OutboxStore}); a timer and
 * a nudge after each commit send them with retries ({@code OutboxSender}); administrators see it ({@code
 * OutboxService}). {@code MailService} hands one plain-text mail in UTF-8 to the mail server.
 */
package ru.nko42.portal.mail.boundary;
