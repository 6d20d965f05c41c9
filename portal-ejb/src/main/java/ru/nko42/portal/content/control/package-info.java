/** What the content services use: the body's allow-list sanitizer, slugs by transliteration, the form rules. */
package ru.nko42.portal.content.control;
