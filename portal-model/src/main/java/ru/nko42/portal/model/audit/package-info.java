/**
 * The audit log: one append-only row per state change or administrative action, saying who did what to which item,
 * when, from where, and what changed.
 */
package ru.nko42.portal.model.audit;
