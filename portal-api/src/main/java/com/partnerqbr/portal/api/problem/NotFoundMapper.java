package com.partnerqbr.portal.api.problem;

import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A service's "not found": 404. The services answer it alike for a key that does not
 * exist and for another vendor's or another partner's key, and so does this: the detail
 * names only what the caller asked for.
 */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.of(404, e.getMessage()).toResponse();
    }
}
