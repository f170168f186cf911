package com.partnerqbr.portal.api.body;

import com.partnerqbr.portal.api.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body over the limit: 413 saying the limit. */
@Provider
public class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

    @Override
    public Response toResponse(BodyTooLargeException e) {
        return Problem.of(413, "The request body is larger than the API reads: at most " + BodyLimit.MAX_BYTES
                + " bytes (10 MB); send the records in several requests.").toResponse();
    }
}
