package com.partnerqbr.portal.web.program;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The page's messages until a page is rendered: a message added before the render waits in the
 * session, and the next render in that session shows it, whether that is this request's own
 * render (then it is shown once, from the request) or the page a redirect leads to.
 */
public class KeptMessages implements PhaseListener {

    private static final String WAITING = KeptMessages.class.getName() + ".waiting";
    private static final String OWN = KeptMessages.class.getName() + ".own";

    static void keep(FacesContext faces, FacesMessage message) {
        if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            return;
        }
        ExternalContext external = faces.getExternalContext();
        own(external).add(message);
        HttpSession session = (HttpSession) external.getSession(true);
        synchronized (session) {
            waiting(session).add(message);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        ExternalContext external = faces.getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session == null) {
            return;
        }
        Object waiting;
        synchronized (session) {
            waiting = session.getAttribute(WAITING);
            session.removeAttribute(WAITING);
        }
        if (waiting == null) {
            return;
        }
        List<FacesMessage> own = own(external);
        ((List<FacesMessage>) waiting).stream().filter(m -> own.stream().noneMatch(o -> o == m)).forEach(m -> faces.addMessage(null, m));
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the render: the messages are on the page
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @SuppressWarnings("unchecked")
    private static List<FacesMessage> waiting(HttpSession session) {
        List<FacesMessage> waiting = (List<FacesMessage>) session.getAttribute(WAITING);
        if (waiting == null) {
            waiting = new ArrayList<>();
            session.setAttribute(WAITING, waiting);
        }
        return waiting;
    }

    @SuppressWarnings("unchecked")
    private static List<FacesMessage> own(ExternalContext external) {
        return (List<FacesMessage>) external.getRequestMap().computeIfAbsent(OWN, k -> new ArrayList<FacesMessage>());
    }
}
