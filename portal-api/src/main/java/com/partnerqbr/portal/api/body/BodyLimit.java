package com.partnerqbr.portal.api.body;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The largest request body the API reads, on every endpoint: {@value #MAX_BYTES} bytes
 * (10 MB, room for the 10,000 records an import takes at most). A request that declares a
 * longer {@code Content-Length} is refused before anything is read; a body sent without a
 * length (chunked) is refused as soon as more than the limit arrived. Either way the answer
 * is a 413 problem ({@link BodyTooLargeMapper}) and nothing is written.
 *
 * <p>A body within the limit that an endpoint did not read to its end (a body refused
 * halfway, a body sent with a GET) is read to its end, unused, before the answer goes out:
 * a client that writes its whole request before it reads the answer (Java's HttpClient
 * does) then gets the answer instead of a connection closed under it.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter, ContainerResponseFilter {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaresMore(declared.strip())) {
            throw new BodyTooLargeException();
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), MAX_BYTES));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 413) {
            return;
        }
        InputStream entity;
        try {
            entity = request.getEntityStream();
        } catch (IllegalStateException closed) {
            // An entity reader (JSON-P's for a JsonObject parameter) read the body to its end and closed it.
            return;
        }
        if (!(entity instanceof LimitedInputStream body)) {
            return;
        }
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | BodyTooLargeException e) {
            // The client went away, or sent more than the limit: the container closes the connection.
        }
    }

    /** True when the header states more than the limit; a length too long for a long is more. */
    static boolean declaresMore(String contentLength) {
        if (contentLength.isEmpty() || !contentLength.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return contentLength.length() > 18 || Long.parseLong(contentLength) > MAX_BYTES;
    }
}
