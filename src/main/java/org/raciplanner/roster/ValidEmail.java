package org.raciplanner.roster;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Checked by {@link Email}, so the request and the value object agree on what an address is. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Constraint(validatedBy = {})
@interface ValidEmail {
    String message() default "must be an e-mail address like dana@example.com";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
