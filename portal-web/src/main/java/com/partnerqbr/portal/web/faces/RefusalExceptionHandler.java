package com.partnerqbr.portal.web.faces;

import com.partnerqbr.portal.kernel.DatabaseOutage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Refusals never end a page's request in a 500. A rule's refusal in a form's action (a
 * stale or frozen edit) is a message on the page, shown once. A refusal of the caller's
 * rights is the 403 page, something out of the caller's reach the 404 page, an expired or
 * forged view state the 400 page, a database outage the 503 page with {@code Retry-After};
 * in an AJAX request each is a message on the page, and an expired page opens afresh.
 * The error pages are {@code ErrorPage}'s.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Optional<Refusal> refusal = Refusal.of(events.next().getContext().getException());
            if (refusal.isPresent() && answer(faces, refusal.get())) {
                events.remove();
            }
        }
        getWrapped().handle();
    }

    /** Answers the refusal; false when the response is already on its way (the 500 page then). */
    private static boolean answer(FacesContext faces, Refusal refusal) {
        ExternalContext external = faces.getExternalContext();
        boolean rendering = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        if (!rendering && faces.getViewRoot() != null && (ajax || refusal.isRuleRefusal())) {
            addOnce(faces, refusal.message());
            faces.renderResponse();
            return true;
        }
        if (external.isResponseCommitted()) {
            return false;
        }
        try {
            if (ajax && refusal.status() == HttpServletResponse.SC_BAD_REQUEST) {
                // an AJAX request of an expired page: the page opens afresh
                external.redirect(((HttpServletRequest) external.getRequest()).getRequestURI());
                return true;
            }
            if (ajax) {
                return false;
            }
            if (refusal.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                external.setResponseHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
            }
            if (refusal.isServicesWords()) {
                external.getRequestMap().put(ErrorPage.REFUSAL, refusal.message());
            }
            external.responseSendError(refusal.status(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return true;
    }

    private static void addOnce(FacesContext faces, String message) {
        boolean shown = faces.getMessageList().stream().anyMatch(m -> message.equals(m.getSummary()));
        if (!shown) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        }
    }
}
