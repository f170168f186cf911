package com.partnerqbr.portal.web.program;

import com.partnerqbr.portal.kernel.RefusedException;
import com.partnerqbr.portal.vendor.VendorMailSettings;
import com.partnerqbr.portal.vendor.VendorMailSettings.Mail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * The mail part of the program settings ({@code vendor/program-settings.xhtml}, form
 * {@code mailForm}): the vendor's sender name and admin e-mail. The values the form was opened
 * with travel in its hidden fields, so a save over someone else's change is refused.
 */
@Named
@RequestScoped
public class MailSettingsView {

    @EJB
    private VendorMailSettings settings;

    private String senderName;
    private String adminEmail;
    private Mail opened;

    @PostConstruct
    void read() {
        Mail current = settings.current();
        senderName = current.senderName();
        adminEmail = current.adminEmail();
        boolean posted = Faces.getRequestParameter("mailForm") != null;
        opened = posted ? new Mail(Faces.getRequestParameter("openedSenderName"),
                Faces.getRequestParameter("openedAdminEmail")) : current;
    }

    public String save() {
        try {
            settings.save(opened, new Mail(senderName, adminEmail));
            Messages.info("Saved the mail settings.");
            return "/vendor/program-settings.xhtml?faces-redirect=true";
        } catch (RefusedException e) {
            Messages.error("Not saved: " + e.getMessage());
            return null;
        }
    }

    public Mail getOpened() {
        return opened;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }
}
