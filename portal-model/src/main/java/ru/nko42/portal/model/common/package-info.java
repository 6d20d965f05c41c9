/**
 * What every entity shares: identity, timestamps and the optimistic-lock version.
 * Also the value types used across features.
 */
package ru.nko42.portal.model.common;
