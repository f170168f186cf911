package com.partnerqbr.portal.web.faces;

import com.partnerqbr.portal.program.intake.ProgramDataCsv;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Refuses an upload over the limit before it is read: the Faces servlet's multipart-config
 * ({@code web.xml}, {@link ProgramDataCsv#MAX_BYTES} for a file) makes the server refuse a
 * multipart body longer than that at its first look at the parts (a declared length before
 * one byte is read, a chunked body once it passes the limit); this answers that refusal with
 * the 413 page in words instead of an error in Faces. Mapped in {@code web.xml} to the Faces
 * servlet, after the caller's page access is decided.
 */
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Why an upload is refused, as a sentence. */
    static final String TOO_LARGE = Character.toUpperCase(ProgramDataCsv.TOO_LARGE.charAt(0))
            + ProgramDataCsv.TOO_LARGE.substring(1) + ".";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isUpload(request)) {
            try {
                request.getParts();
            } catch (IllegalStateException tooLarge) {
                refuse(request, response);
                return;
            } catch (ServletException unreadable) {
                // Payara refuses a declared length over the limit so, before reading; any other
                // problem with the body is not ours to name
                if (request.getContentLengthLong() <= ProgramDataCsv.MAX_BYTES) {
                    throw unreadable;
                }
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute(ErrorPage.REFUSAL, TOO_LARGE);
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    }

    private static boolean isUpload(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }
}
