package com.partnerqbr.portal.api.paging;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The {@code offset} of a list: how many items to skip, 0 or more. See {@link Paging}. */
@Min(0)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, ANNOTATION_TYPE})
public @interface PageOffset {

    String message() default "must be 0 or more";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
