package com.partnerqbr.portal.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * A parameter whose text does not convert to its Java type ({@code limit=abc}). JAX-RS
 * prescribes 404 for a query or path parameter and 400 for the others; the API answers 400
 * for all of them, naming the parameter, like any other invalid parameter. Jersey (which
 * Payara ships) is the only JAX-RS runtime that tells which parameter failed.
 */
@Provider
public class ParameterConversionMapper implements ExceptionMapper<ParamException> {

    @Override
    public Response toResponse(ParamException e) {
        String reason = rootCause(e) instanceof NumberFormatException ? "must be a whole number"
                : "has a value of the wrong form";
        RequestParameter parameter = new RequestParameter(e.getParameterName(), RequestParameter.in(e.getParameterType()));
        return Problem.invalidParameters(List.of(parameter.invalid(reason))).toResponse();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
