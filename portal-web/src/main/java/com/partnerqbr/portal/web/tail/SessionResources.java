package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tail.ProgramReviewResources;
import com.partnerqbr.portal.tail.ProgramReviewResources.ResourceView;
import com.partnerqbr.portal.web.param.VersionedId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * The program review page's links of a session: a link (slides, a document, the recording) added
 * to a session.
 */
@Named
@RequestScoped
public class SessionResources {

    @EJB
    private ProgramReviewResources resources;

    /** The session chosen in the link form, with the version shown. */
    @Inject
    @Param(name = "session")
    private VersionedId session;

    private String title;
    private String url;
    private boolean recording;

    public String addLink() {
        return ProgramReviewsPage.change("Not added", ProgramReviewsPage.SESSION_OR_PARTNER, () -> {
            if (session == null) {
                throw new RefusedException("choose a session.");
            }
            ResourceView added = resources.add(session.id(), title, url, recording);
            return "Added " + (added.recording() ? "the recording " : "") + "\"" + added.title() + "\" to the session.";
        });
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean isRecording() {
        return recording;
    }

    public void setRecording(boolean recording) {
        this.recording = recording;
    }
}
