package com.partnerqbr.portal.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * HTTP errors raised by JAX-RS and by the MP-JWT authorization filter as problem
 * documents: 401 (no token), 403 (roles not allowed), 404 (no resource at the URL), 405,
 * 406, 415. The exception's own message is not shown: it may come from the container.
 * (A token that fails verification never gets here: the container answers it itself, see
 * {@link ErrorPageServlet}.)
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.ResponseBuilder response = Response.fromResponse(e.getResponse()).entity(null);
        if (status == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, HttpProblems.challenge(headers.getHeaderString(HttpHeaders.AUTHORIZATION)));
        }
        return HttpProblems.of(status).toResponse(response);
    }
}
