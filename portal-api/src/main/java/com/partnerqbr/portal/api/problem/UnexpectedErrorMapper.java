package com.partnerqbr.portal.api.problem;

import com.partnerqbr.portal.kernel.DatabaseOutage;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else: the database out of reach is temporary, a 503 with {@code Retry-After}
 * (nothing was changed: the request's transaction rolled back); everything else is the
 * server's fault, a 500 that reveals nothing. The log has the cause.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (DatabaseOutage.causes(e)) {
            LOG.log(Level.WARNING, "API request failed: the database is out of reach", e);
            return HttpProblems.of(503).toResponse(Response.status(503)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS));
        }
        LOG.log(Level.SEVERE, "API request failed", e);
        return HttpProblems.of(500).toResponse();
    }
}
