package org.raciplanner.roster;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

@Factory
class EmailValidatorFactory {

    @Singleton
    ConstraintValidator<ValidEmail, CharSequence> emailValidator() {
        return (value, annotation, context) -> {
            if (value == null) {
                return true;
            }
            try {
                new Email(value.toString());
                return true;
            } catch (IllegalArgumentException e) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(e.getMessage()).addConstraintViolation();
                return false;
            }
        };
    }
}
