package dev.conductor.spec;

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
 * The annotated string is usable as a systemd unit instance name and as a single
 * path segment: 1 to 100 characters from {@code [A-Za-z0-9_.-]}, starting with a
 * letter, a digit or {@code _}, and never containing {@code ..}. {@code null} is
 * valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = SafeNameValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface SafeName {

    /** The rule, in words, for error messages. */
    String RULE = "must be 1 to 100 characters from [A-Za-z0-9_.-], start with a letter, digit or '_'"
            + " and not contain '..'";

    /** @return the violation message */
    String message() default RULE;

    /** @return whether the empty string is accepted (pods and functions may be unnamed) */
    boolean allowEmpty() default false;

    /** @return validation groups */
    Class<?>[] groups() default {};

    /** @return payload */
    Class<? extends Payload>[] payload() default {};
}
