/**
 * The demo of the embedded default: what loads the centre's site into an empty database, in order. Kept apart from
 * the features it loads so that a test archive holding a feature does not start the demo.
 */
package ru.nko42.portal.demo;
