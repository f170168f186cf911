package com.partnerqbr.portal.api.problem;

import com.partnerqbr.portal.kernel.RefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The program's rules refused a change (a frozen scorecard, a stale edit): 409 with the reason; nothing changed. */
@Provider
public class RefusedMapper implements ExceptionMapper<RefusedException> {

    @Override
    public Response toResponse(RefusedException e) {
        return Problem.conflict(e.getMessage()).toResponse();
    }
}
