package ru.nko42.portal.model.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Inn} with {@link InnChecksum}. */
public final class InnValidator implements ConstraintValidator<Inn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || InnChecksum.isValid(value);
    }
}
