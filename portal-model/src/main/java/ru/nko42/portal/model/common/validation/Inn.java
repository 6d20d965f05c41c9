package ru.nko42.portal.model.common.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The string is an ИНН of 10 or 12 digits with matching control digits.
 * Null and empty strings pass: use {@code @NotBlank} to require a value.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Constraint(validatedBy = InnValidator.class)
public @interface Inn {

    String message() default "{ru.nko42.portal.validation.Inn.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
