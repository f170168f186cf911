package com.partnerqbr.portal.web.faces;

import com.partnerqbr.portal.kernel.DatabaseOutage;
import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tenancy.AccessDeniedException;
import com.partnerqbr.portal.tenancy.NotFoundException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * What a person is told when a request ends in an exception a person can understand: the
 * HTTP status of the error page and the words of the message. Every other exception stays
 * an error of the portal (500).
 *
 * @param status  the error page's HTTP status
 * @param message the words shown, never an internal id
 */
record Refusal(int status, String message) {

    static final String EXPIRED = "This page was open too long or its form did not come from the portal. "
            + "Nothing was changed; open the page again to continue.";
    static final String DATABASE_DOWN = "The portal cannot reach its database just now. Nothing was changed; "
            + "please try again in a minute.";

    /** The refusal an exception or any of its causes stands for, if any. */
    static Optional<Refusal> of(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RefusedException) {
                return Optional.of(new Refusal(HttpServletResponse.SC_CONFLICT, cause.getMessage()));
            }
            if (cause instanceof AccessDeniedException) {
                return Optional.of(new Refusal(HttpServletResponse.SC_FORBIDDEN, cause.getMessage()));
            }
            if (cause instanceof NotFoundException) {
                return Optional.of(new Refusal(HttpServletResponse.SC_NOT_FOUND, cause.getMessage()));
            }
            if (cause instanceof ViewExpiredException) {
                return Optional.of(new Refusal(HttpServletResponse.SC_BAD_REQUEST, EXPIRED));
            }
        }
        if (DatabaseOutage.causes(exception)) {
            return Optional.of(new Refusal(HttpServletResponse.SC_SERVICE_UNAVAILABLE, DATABASE_DOWN));
        }
        return Optional.empty();
    }

    /** The message is a service's own words (a refusal, not found), not the portal's fixed text. */
    boolean isServicesWords() {
        return status == HttpServletResponse.SC_FORBIDDEN || status == HttpServletResponse.SC_NOT_FOUND
                || status == HttpServletResponse.SC_CONFLICT;
    }

    /** A refusal of the program's rules: the person stays on the page and reads why. */
    boolean isRuleRefusal() {
        return status == HttpServletResponse.SC_CONFLICT;
    }
}
