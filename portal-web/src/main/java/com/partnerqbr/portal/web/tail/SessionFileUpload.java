package com.partnerqbr.portal.web.tail;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.tail.ProgramReviewFiles;
import com.partnerqbr.portal.tail.ProgramReviewResources.ResourceView;
import com.partnerqbr.portal.tenancy.NotFoundException;
import com.partnerqbr.portal.web.param.VersionedId;
import com.partnerqbr.portal.web.program.Messages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.omnifaces.cdi.Param;

/**
 * The program review page's file form: a file (PDF, PowerPoint, Word, Excel, PNG or JPEG, at most
 * {@value ProgramReviewFiles#MAX_MEGABYTES} MB) attached to a session, stored by the portal.
 */
@Named
@RequestScoped
public class SessionFileUpload {

    @EJB
    private ProgramReviewFiles files;

    /** The session chosen in the form (its id and the version shown). */
    @Inject
    @Param(name = "session")
    private VersionedId session;

    private String title;
    private transient Part file;

    public String upload() {
        try {
            if (session == null) {
                throw new RefusedException("choose a session.");
            }
            if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
                throw new RefusedException("choose a file.");
            }
            ResourceView added;
            try (InputStream in = file.getInputStream()) {
                added = files.add(session.id(), title, file.getSubmittedFileName(), in.readAllBytes());
            }
            Messages.info("Added the file \"" + added.title() + "\" to the session.");
            return "/vendor/program-reviews.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not added: " + e.getMessage());
        } catch (NotFoundException e) {
            Messages.error("Not added: that session does not exist.");
        } catch (IOException e) {
            Messages.error("Not added: the file could not be read; please try again.");
        }
        return null;
    }

    public int getMaxMegabytes() {
        return ProgramReviewFiles.MAX_MEGABYTES;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
