/** Plain helpers every feature uses: installation settings read from the server's environment. */
package ru.nko42.portal.common.control;
