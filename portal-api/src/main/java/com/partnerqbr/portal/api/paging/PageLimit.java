package com.partnerqbr.portal.api.paging;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The {@code limit} of a list: how many items at most, 1 to {@value Paging#MAX_LIMIT}. See {@link Paging}. */
@Min(1)
@Max(Paging.MAX_LIMIT)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, ANNOTATION_TYPE})
public @interface PageLimit {

    String message() default "must be between 1 and " + Paging.MAX_LIMIT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
