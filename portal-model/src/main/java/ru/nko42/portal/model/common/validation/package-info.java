/**
 * Bean Validation constraints for Russian registration numbers: ИНН, ОГРН/ОГРНИП and КПП.
 * The checksum and format rules live in plain classes usable without a validator.
 */
package ru.nko42.portal.model.common.validation;
