package ru.nko42.portal.model.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Ogrn} with {@link OgrnChecksum}. */
public final class OgrnValidator implements ConstraintValidator<Ogrn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || OgrnChecksum.isValid(value);
    }
}
