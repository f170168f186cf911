package com.partnerqbr.portal.web.program;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Messages for the page's growl, kept across the redirect of a post-redirect-get. */
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
        faces.addMessage(null, new FacesMessage(severity, summary, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
