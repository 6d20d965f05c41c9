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
 * The string is a КПП: 4 digits, 2 digits or Latin capital letters, 3 digits.
 * Null and empty strings pass: use {@code @NotBlank} to require a value.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Constraint(validatedBy = KppValidator.class)
public @interface Kpp {

    String message() default "{ru.nko42.portal.validation.Kpp.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
