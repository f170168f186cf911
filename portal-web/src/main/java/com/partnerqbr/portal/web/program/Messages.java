package com.partnerqbr.portal.web.program;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * Messages for the page, kept across the redirect of a post-redirect-get by {@link KeptMessages}
 * (not the Faces flash: a save posted without a flash cookie, the page before having expired it,
 * landed and its "Saved." was lost on the way to the page the redirect leads to).
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String summary) {
        add(FacesMessage.SEVERITY_INFO, summary);
    }

    public static void error(String summary) {
        add(FacesMessage.SEVERITY_ERROR, summary);
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        FacesMessage message = new FacesMessage(severity, summary, null);
        faces.addMessage(null, message);
        KeptMessages.keep(faces, message);
    }
}
