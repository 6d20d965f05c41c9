package ru.nko42.portal.model.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Kpp} with {@link KppFormat}. */
public final class KppValidator implements ConstraintValidator<Kpp, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isEmpty() || KppFormat.isValid(value);
    }
}
