package org.raciplanner.heavy;

import io.micronaut.aop.Around;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as heavy work of a kind: it runs only when the kind's gate admits it, waiting in
 * the kind's short queue if need be, and otherwise answers 503 with {@code Retry-After}. The permit
 * is held until the method returns or throws, so the method must finish the heavy part itself
 * (a workbook is written completely before it is streamed, for instance).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Around
public @interface Heavy {

    Kind value();
}
