package com.partnerqbr.portal.it;

import com.partnerqbr.portal.tenancy.Caller;
import com.partnerqbr.portal.tenancy.CallerContext;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/**
 * Acting as a caller in a test running inside the server: the one helper, through the request's
 * {@link CallerContext}, for work that answers (a {@code Supplier}) and work that does not (a
 * {@code Runnable}). Part of every test web module (see {@link ServicesDeployment}).
 */
final class Acting {

    private Acting() {
    }

    static <T> T as(Caller caller, Supplier<T> work) {
        return callerContext().runAs(caller, work);
    }

    static void as(Caller caller, Runnable work) {
        callerContext().runAs(caller, work);
    }

    private static CallerContext callerContext() {
        return CDI.current().select(CallerContext.class).get();
    }
}
