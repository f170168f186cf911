package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tail.ProgramReviewFiles;
import com.partnerqbr.portal.tail.ProgramReviewResources;
import com.partnerqbr.portal.tail.ProgramReviewResources.ResourceView;
import com.partnerqbr.portal.web.param.IdConverter;
import com.partnerqbr.portal.web.param.VersionedId;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * The program review page's links and files of a session: a link (slides, a document, the
 * recording) added to a session, and a link or a file removed from its session, once confirmed.
 */
@Named
@RequestScoped
public class SessionResources {

    @EJB
    private ProgramReviewResources resources;

    @EJB
    private ProgramReviewFiles files;

    /** The session chosen in the link form, with the version shown. */
    @Inject
    @Param(name = "session")
    private VersionedId session;

    /** The link a remove button removes. */
    @Inject
    @Param(name = "link", converter = IdConverter.ID)
    private Long link;

    /** The file a remove button removes. */
    @Inject
    @Param(name = "file", converter = IdConverter.ID)
    private Long file;

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

    /** Removes the file of the form, or its link; its session's partners no longer find it. */
    public String remove() {
        return ProgramReviewsPage.change("Not removed", "that link or file", () -> {
            if (file != null) {
                return "Removed the file \"" + files.remove(file).title() + "\" from its session.";
            }
            if (link != null) {
                return "Removed the link \"" + resources.remove(link).title() + "\" from its session.";
            }
            throw new RefusedException("choose a link or file.");
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
