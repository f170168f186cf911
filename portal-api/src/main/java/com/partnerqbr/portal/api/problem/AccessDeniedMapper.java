package com.partnerqbr.portal.api.problem;

import com.partnerqbr.portal.tenancy.AccessDeniedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service refused the caller's roles: 403. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException e) {
        return Problem.of(403, e.getMessage()).toResponse();
    }
}
