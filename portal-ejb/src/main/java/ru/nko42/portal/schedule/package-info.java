/**
 * Opening hours of services and locations, in Kuzbass time whatever the server's zone. A schedule is weekly rules
 * (several a day for a break; overnight when the closing time is not after the opening time; 00:00–00:00 for 24
 * hours; each with an optional season and an optional repeat every few weeks), date exceptions that replace them
 * (holidays, shortened days, extra working days) and free text, following Open Referral HSDS 3.0 schedule
 * semantics; {@code control.HsdsSchedules} documents the mapping. Not supported: monthly rules and the other
 * recurrence parts of HSDS (weeks, days of the month or year), which stay text.
 */
package ru.nko42.portal.schedule;
